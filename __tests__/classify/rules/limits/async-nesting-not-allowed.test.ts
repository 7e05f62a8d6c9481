import rule from '../../../../src/classify/rules/limits/async-nesting-not-allowed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // jamesward/salesforce-webhook-creator issue 35
      text: 'System.AsyncException: Future method cannot be called from a future or batch method: Webhook.callout(String, String)',
      captures: { method: 'Webhook.callout' }
    },
    {
      // beyond-the-cloud-dev/async-lib issue 6
      text: 'System.AsyncException: Database.executeBatch cannot be called from a batch start, batch execute, or future method.'
    }
  ],
  negatives: [
    { text: 'System.LimitException: Too many future calls: 51' },
    // one batch per test method is the test's own mistake
    {
      text: 'System.UnexpectedException: No more than one executeBatch can be called from within a testmethod. Please make sure the iterable returned from your start method matches the batch size, resulting in one executeBatch invocation.'
    }
  ]
})
