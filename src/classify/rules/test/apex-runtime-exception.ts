import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-runtime-exception',
  category: 'test',
  title: 'The test failed with System.{exceptionType}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/\bSystem\.(?<exceptionType>(?!LimitException|AssertException)\w+Exception): (?<detail>[^\n]*)/],
  explanation:
    'Apex threw a standard runtime exception that nothing caught, so the test stopped. The message and the top stack frame show which statement failed and why.',
  remediation: [
    'Open the top frame of the stack trace and read the failing line together with the message.',
    'Fix the code or give the test the data it needs; re-run: `sf apex run test --tests {testName} --synchronous --target-org <org>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_classes_exception_methods.htm'
  ],
  retryable: false
})
