import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'assertion-failed',
  category: 'test',
  title: 'An assertion in the test failed',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /AssertException: Assertion Failed: Same value: (?<actual>[^\n]*)/,
    /AssertException: Assertion Failed(?:: (?<detail>[^\n]*))?/
  ],
  explanation:
    'An `Assert` / `System.assert` call in the test evaluated to false (or `Assert.fail` was reached, or `assertNotEquals` saw two equal values). Assertion failures cannot be caught, so the test stops there.',
  remediation: [
    'Open the test at the top frame of the stack trace and read the asserted condition and its message.',
    'Decide whether the code under test or the expectation is wrong, and check the test builds its own data.',
    'Re-run just this test: `sf apex run test --tests {testName} --synchronous --target-org <org>`.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_class_System_Assert.htm'],
  retryable: false
})
