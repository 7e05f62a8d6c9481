import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'validation-rule-failed',
  category: 'test',
  title: 'A validation rule rejected the record the test saved: {message}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /FIELD_CUSTOM_VALIDATION_EXCEPTION, (?<message>[^\n]*?): \[(?<fields>[^\]:\n]*)\]/,
    /FIELD_CUSTOM_VALIDATION_EXCEPTION, (?<message>[^\n]*)/
  ],
  explanation:
    'A validation rule (or a trigger calling addError) refused the record the test inserted or updated. The test data does not satisfy a rule that exists in the target org, often one added after the test was written.',
  remediation: [
    'Find the validation rule whose error message is "{message}" (Setup > Object Manager > object > Validation Rules).',
    'Change the test data (or the shared test data factory) so the record satisfies the rule.',
    'If the rule is new in this deployment, deploy the updated tests together with it.'
  ],
  docs: ['https://help.salesforce.com/s/articleView?id=sf.fields_about_field_validation.htm&type=5'],
  retryable: false
})
