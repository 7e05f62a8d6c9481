import rule from '../../../../src/classify/rules/limits/sosl-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Apex governor limits table (20 SOSL per transaction)
      text: 'System.LimitException: Too many SOSL queries: 21',
      captures: { count: '21' }
    },
    {
      // Same limit reported inside a deploy test failure line
      text: 'FooTest.searchAll - System.LimitException: Too many SOSL queries: 21',
      surface: 'cli',
      captures: { count: '21' }
    }
  ],
  negatives: [{ text: 'Too many SOQL queries: 101' }]
})
