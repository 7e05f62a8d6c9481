import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'test-setup-failed',
  category: 'test',
  title: 'The @TestSetup method {method} failed, so every test in the class failed with it',
  surfaces: ['test', 'log'],
  patterns: [/@TestSetup (?<method>\w+) failed: (?<inner>[^\n]+)/i],
  explanation:
    'When the @TestSetup method of a test class throws, Salesforce reports the same failure for every test method in the class; the data the tests rely on was never created.',
  remediation: [
    'Fix the exception in the setup method first; the other failures in the class are copies of it.',
    'Re-run one test of the class to confirm: `sf apex run test --tests {testName} --synchronous --target-org <org>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_testsetup_using.htm'
  ],
  retryable: false,
  innerCapture: 'inner'
})
