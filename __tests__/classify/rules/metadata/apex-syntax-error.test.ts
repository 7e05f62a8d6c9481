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
    // A committed .sfdx/sfdx.log (dilwar48/DilowarRepo_1): the user's own query in force:data:soql:query,
    // where the parser's position line and its complaint are printed on lines of their own.
    {
      text: "ERROR running force:data:soql:query:  \nfrom contacts) from Account where limit 10\n                                 ^\nERROR at Row:1:Column:82\nunexpected token: 'limit'",
      surface: 'cli'
    },
    // The same from a Windows runner, whose lines end in CR LF.
    {
      text: "ERROR running force:data:soql:query:  \r\nfrom contacts) from Account where limit 10\r\n                                 ^\r\nERROR at Row:1:Column:82\r\nunexpected token: 'limit'",
      surface: 'cli'
    },
    { text: 'Variable does not exist: nope' }
  ]
})
