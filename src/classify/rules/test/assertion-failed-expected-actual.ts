import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'assertion-failed-expected-actual',
  category: 'test',
  title: 'Assertion failed: expected {expected}, got {actual}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /AssertException: Assertion Failed: Expected: (?<expected>[^\n]*), Actual: (?<actual>[^\n]*)/,
    /AssertException: Assertion Failed: (?<detail>[^\n]*?): Expected: (?<expected>[^,:\n]*), Actual: (?<actual>[^\n]*)/
  ],
  explanation:
    'An `Assert.areEqual` / `System.assertEquals` in the test compared two values and they differed: the code under test returned something other than what the test expects, or the test data is not what the test assumed.',
  remediation: [
    'Open the test at the top frame of the stack trace and decide which side is wrong: the code under test or the expected value.',
    'Check that the test creates all the data it needs itself (no reliance on org data, automation, or record order).',
    'Re-run just this test: `sf apex run test --tests {testName} --synchronous --target-org <org>`.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_class_System_Assert.htm'],
  retryable: false
})
