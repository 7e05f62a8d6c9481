import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'restricted-picklist-value',
  category: 'test',
  title: 'The test saved a value that is not allowed in a restricted picklist',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, (?<label>[^:\n]+): bad value for restricted picklist field: (?<value>[^:\n]*)(?:: \[(?<field>[^\]:\n]*)\])?/,
    /INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST\b/
  ],
  explanation:
    'A restricted picklist accepts only its defined (and, with record types, enabled) values. The test or code writes a value that the target org’s picklist does not contain or that is not enabled for the record type.',
  remediation: [
    'Use a value that exists in the target org’s picklist, preferably read from the field describe instead of hard-coded.',
    'If the value is new, deploy the picklist (and record type) change together with the code that uses it.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
