import rule from '../../../../src/classify/rules/test/dynamic-soql-error.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // jongpie/NebulaLogger issue 131
      text: "System.QueryException: unexpected token: '('",
      captures: { detail: "unexpected token: '('" }
    },
    {
      // Dynamic SOQL missing keyword
      text: "System.QueryException: expecting a colon, found 'Foo'",
      surface: 'log'
    }
  ],
  negatives: [{ text: "Unexpected token '}'.", surface: 'log' }]
})
