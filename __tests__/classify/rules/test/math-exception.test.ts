import rule from '../../../../src/classify/rules/test/math-exception.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // jamessimone/apex-rollup issue 175
      text: 'System.MathException: Divide by 0\nClass.RollupCalculator.convertToParentCurrency: line 385, column 1',
      captures: { detail: 'Divide by 0' }
    },
    {
      // Same in a log
      text: 'System.MathException: Divide by 0',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Coverage: 0 of 10 lines' }]
})
