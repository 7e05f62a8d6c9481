import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'custom-exception',
  category: 'test',
  title: 'The test failed with the application exception {exceptionType}',
  surfaces: ['test'],
  patterns: [/(?:^|[\s(])(?!System\.)(?<exceptionType>[A-Za-z][\w.]*Exception): (?<detail>[^\n]*)/],
  explanation:
    'Code in the org (not the platform) threw its own exception type and nothing caught it. The message is written by the application and usually says which input or state it rejected.',
  remediation: [
    'Search the code for where {exceptionType} is thrown with this message and check the condition that triggers it.',
    'Give the test the data or setup that code expects, or assert the exception if throwing is the intended behaviour.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_exception_custom.htm'
  ],
  retryable: false
})
