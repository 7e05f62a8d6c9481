import rule from '../../../../src/classify/rules/limits/queueable-jobs-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // jamessimone/apex-rollup PR 719
      text: 'System.LimitException: Too many queueable jobs added to the queue: 2',
      captures: { count: '2' }
    },
    {
      // dlrs issue 846: batch error email with pse namespace
      text: 'First error: pse:Too many queueable jobs added to the queue: 2',
      surface: 'log',
      captures: { namespace: 'pse', count: '2' }
    }
  ],
  negatives: [{ text: 'Queueable job added to the queue: 7071x00000ABCDE' }]
})
