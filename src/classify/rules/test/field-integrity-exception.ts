import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'field-integrity-exception',
  category: 'test',
  title: 'The test saved a record with inconsistent field values: {detail}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /FIELD_INTEGRITY_EXCEPTION, (?<detail>[^\n]*?): \[(?<fields>[^\]:\n]*)\]/,
    /FIELD_INTEGRITY_EXCEPTION, (?<detail>[^\n]*)/
  ],
  explanation:
    'Salesforce rejected the record because field values contradict each other or the platform’s rules (for example a role type that does not match the user type, or a lookup to a record of the wrong kind).',
  remediation: [
    'Read the field named in the message and compare the test data with what the object allows.',
    'Build the record the way the UI would (e.g. pick a profile and role that fit the user type).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
