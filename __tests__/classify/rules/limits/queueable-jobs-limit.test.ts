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
    },
    {
      // Salesforce Stack Exchange 70149: a Queueable that made a callout, then chained another job
      text: 'System.AsyncException: Maximum callout depth has been reached.',
      captures: { detail: 'Maximum callout depth has been reached' }
    },
    {
      text: 'System.AsyncException: Too many async jobs enqueued for this apex test context',
      captures: { detail: 'Too many async jobs enqueued for this apex test context' }
    }
  ],
  negatives: [
    { text: 'Queueable job added to the queue: 7071x00000ABCDE' },
    // The recursion limit, not the depth of a chain of jobs.
    { text: 'System.LimitException: Maximum stack depth reached: 1001' }
  ]
})
