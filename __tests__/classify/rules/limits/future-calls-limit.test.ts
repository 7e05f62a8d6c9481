import rule from '../../../../src/classify/rules/limits/future-calls-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdecoded: too many future calls
      text: 'System.LimitException: Too many future calls: 51',
      captures: { count: '51' }
    },
    {
      // salesforce.stackexchange question 38889
      text: 'System.LimitException: Too many future calls: 11',
      captures: { count: '11' }
    }
  ],
  negatives: [
    { text: 'Future method cannot be called from a future or batch method: Webhook.callout(String, String)' }
  ]
})
