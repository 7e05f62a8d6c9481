import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'coverage-warning-unrecognised',
  category: 'coverage',
  title: 'Salesforce reported a code coverage problem',
  surfaces: ['coverage'],
  patterns: [/^/],
  explanation:
    "Salesforce listed this among the deploy's code coverage warnings; the catalog has no specific rule for its wording.",
  remediation: [
    'Run the tests with coverage (`sf apex run test --code-coverage --result-format human`) and add tests for the classes and lines named in the warning.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_code_coverage_intro.htm'
  ],
  retryable: false,
  catchAll: true
})
