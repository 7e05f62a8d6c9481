import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'test-failure-unrecognised',
  category: 'test',
  title: 'An Apex test failed',
  surfaces: ['test'],
  patterns: [/^/],
  explanation:
    'The test failed with a message the catalog does not recognise yet; its message and stack trace say where.',
  remediation: [
    'Open the test at the top frame of the stack trace and read the failing line.',
    'Re-run just this test: `sf apex run test --tests {testName} --synchronous --target-org <org>`.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing.htm'],
  retryable: false,
  catchAll: true
})
