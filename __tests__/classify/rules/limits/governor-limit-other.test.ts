import rule from '../../../../src/classify/rules/limits/governor-limit-other.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // the retired script-statement limit, as old orgs and old posts print it
      text: 'too many script statements: 200001',
      captures: { count: '200001' }
    },
    {
      // neowit/apexmock issue 1: legacy describe limit
      text: 'System.LimitException: Too many fields describes',
      captures: { limit: 'Too many fields describes' }
    },
    {
      // Apex push notification limit in a test
      text: 'System.LimitException: Too many Apex push notifications: 11'
    }
  ],
  negatives: [
    { surface: 'log', text: 'ulimit: too many open files: 1024' },
    { text: '429 Too Many Requests', surface: 'cli' },
    { text: 'Too many requests: 429', surface: 'cli' }
  ]
})
