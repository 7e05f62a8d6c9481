import rule from '../../../../src/classify/rules/metadata/apex-syntax-error.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.146.3 against the simulated org (fixture deploy-one-component-failure)
      text: "Missing ';' at '}'",
      captures: { expected: ';', token: '}' }
    },
    {
      // sf human table output adds the (line:column) suffix
      text: "Missing ';' at '}' (4:5)",
      surface: 'log'
    },
    {
      // box/box-salesforce-sdk#40
      text: "Missing ';' at 'responseBody'",
      captures: { token: 'responseBody' }
    },
    {
      // benedwards44/Apex-for-Xero#16
      text: "Unexpected token 'JournalLines'.",
      captures: { token: 'JournalLines' }
    },
    {
      // natewallace/ApexNTLM#6
      text: "Expecting '}' but was: ''",
      captures: { expected: '}' }
    },
    {
      // inner message of a cascade, classified on the test surface
      text: "Unexpected token '['.",
      surface: 'test'
    }
  ],
  negatives: [
    { text: 'SyntaxError: Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON', surface: 'cli' },
    { text: 'LWC1503: Parsing error: Unexpected token (3:5)' },
    { text: "System.QueryException: unexpected token: '('", surface: 'test' },
    { text: 'Variable does not exist: nope' }
  ]
})
