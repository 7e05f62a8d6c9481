import rule from '../../../../src/classify/rules/limits/cli-response-too-large.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // a plugin's bulk query of over a million records, on a Windows runner
      text: "Error: Cannot create a string longer than 0x1fffffe8 characters\n    at Buffer.toString (node:buffer:846:17)\n    at Request.<anonymous> (C:\\Users\\runner\\AppData\\Local\\sf\\node_modules\\request\\request.js:1128:39) {\n  code: 'ERR_STRING_TOO_LONG'\n}",
      surface: 'cli'
    },
    { text: "{ code: 'ERR_STRING_TOO_LONG' }", surface: 'log', captures: { code: 'ERR_STRING_TOO_LONG' } }
  ],
  negatives: [
    // Salesforce's own field length check, in a test.
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: STRING_TOO_LONG, Name: data value too large',
      surface: 'cli'
    },
    {
      text: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      surface: 'cli'
    }
  ]
})
