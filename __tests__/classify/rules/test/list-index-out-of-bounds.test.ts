import rule from '../../../../src/classify/rules/test/list-index-out-of-bounds.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // CodeScience/MIR3 issue 70
      text: 'System.ListException: List index out of bounds: 1',
      captures: { index: '1' }
    },
    {
      // Forceea-data-factory issue 152
      text: 'List index out of bounds: -1',
      surface: 'log',
      captures: { index: '-1' }
    }
  ],
  negatives: [{ text: 'System.ListException: Duplicate id in list: 001000000000001AAA' }]
})
