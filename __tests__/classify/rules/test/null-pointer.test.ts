import rule from '../../../../src/classify/rules/test/null-pointer.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.146.3 against the simulated org (BarTest.saysHello)
      text: 'System.NullPointerException: Attempt to de-reference a null object',
      captures: { detail: 'Attempt to de-reference a null object' }
    },
    {
      // Apex exception reference: argument NPE
      text: 'System.NullPointerException: Argument cannot be null.'
    },
    {
      // simulated org, validate message line
      text: 'BarTest.saysHello - System.NullPointerException: Attempt to de-reference a null object',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Null values are allowed in this field' }]
})
