import rule from '../../../../src/classify/rules/limits/async-job-queue-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Classic batch concurrency limit (System.AsyncException)
      text: 'System.AsyncException: Attempted to schedule too many concurrent batch jobs in this org (limit is 5).'
    },
    {
      // Scheduled job cap (System.AsyncException)
      text: 'System.AsyncException: You have exceeded the maximum number (100) of Apex scheduled jobs.',
      captures: { count: '100' }
    }
  ],
  negatives: [
    {
      text: 'System.AsyncException: Database.executeBatch cannot be called from a batch start, batch execute, or future method.'
    }
  ]
})
