import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'dml-limit-exceeded',
  category: 'limits',
  title: 'Salesforce refused to save a record because a limit was exceeded: {detail}',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /first error: (?<code>LIMIT_EXCEEDED|DELETE_OPERATION_TOO_LARGE|IMAGE_TOO_LARGE|FILE_SIZE_LIMIT_EXCEEDED|MAXIMUM_SIZE_OF_(?:ATTACHMENT|DOCUMENT)), (?<detail>[^\n]*?): \[[^\]:\n]*\]/,
    /first error: (?<code>LIMIT_EXCEEDED|DELETE_OPERATION_TOO_LARGE|IMAGE_TOO_LARGE|FILE_SIZE_LIMIT_EXCEEDED|MAXIMUM_SIZE_OF_(?:ATTACHMENT|DOCUMENT)), (?<detail>[^\n]+)/
  ],
  explanation:
    'A record save or delete ran into a per-record or per-org cap: LIMIT_EXCEEDED (sharing entries, team members, list sizes), a delete that cascades to too many child records (DELETE_OPERATION_TOO_LARGE), or a file, attachment or document over its size cap. The text after the status code names the limit.',
  remediation: [
    'Read the limit named in the message and reduce what the code or test saves or deletes at once (for a cascade, delete the child records first, in batches).',
    'If the limit is an org allowance, check it in Setup and clean up or request an increase.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
