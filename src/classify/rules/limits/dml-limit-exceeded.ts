import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'dml-limit-exceeded',
  category: 'limits',
  title: 'Salesforce refused to save a record because a limit was exceeded: {detail}',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /first error: LIMIT_EXCEEDED, (?<detail>[^\n]*?): \[[^\]:\n]*\]/,
    /first error: LIMIT_EXCEEDED, (?<detail>[^\n]+)/
  ],
  explanation:
    'A record save ran into a per-record or per-org limit (for example sharing entries, team members or list sizes) reported with the LIMIT_EXCEEDED status code; the text after it names the limit.',
  remediation: [
    'Read the limit named in the message and reduce what the code or test saves at once.',
    'If the limit is an org allowance, check it in Setup and clean up or request an increase.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
