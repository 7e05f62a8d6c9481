import { defineRule } from '../../define-rule.js'

/**
 * Where the actual value ends. Reports that joined a log's lines glue the stack trace onto the
 * message ("Actual: trueStack Trace: Class.…", "Actual: 0 stack Class.…: line 51"), and the title
 * should show the value, not the trace. The look-ahead is bounded so that it costs a constant per
 * character.
 */
const ACTUAL_VALUE = String.raw`(?<actual>[^\n]*?)(?=[ \t]{0,4}(?:Stack Trace\b|stack[ \t]{1,4}Class\.|Class\.[\w.]{1,255}: line \d)|\n|$)`

export default defineRule({
  id: 'assertion-failed-expected-actual',
  category: 'test',
  title: 'Assertion failed: expected {expected}, got {actual}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    new RegExp(
      String.raw`AssertException: Assertion Failed: Expected: (?<expected>[^\n]*), Actual: ${ACTUAL_VALUE}`
    ),
    new RegExp(
      String.raw`AssertException: Assertion Failed: (?<detail>[^\n]*?): Expected: (?<expected>[^,:\n]*), Actual: ${ACTUAL_VALUE}`
    )
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
