import rule from '../../../../src/classify/rules/test/assertion-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.146.3 against the simulated org: bare System.assert(false)
      text: 'System.AssertException: Assertion Failed'
    },
    {
      // dlrs issue 362: assertNotEquals
      text: 'System.AssertException: Assertion Failed: Same value: null',
      captures: { actual: 'null' }
    },
    {
      // fflib-apex-common issue 425: custom message
      text: 'System.AssertException: Assertion Failed: Exception message was',
      captures: { detail: 'Exception message was' }
    }
  ],
  negatives: [{ text: 'Assertion: all tests passed' }]
})
