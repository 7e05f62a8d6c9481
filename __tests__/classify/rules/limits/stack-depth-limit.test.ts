import rule from '../../../../src/classify/rules/limits/stack-depth-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Apex Design Patterns book
      text: 'System.LimitException: Maximum stack depth reached: 1001',
      captures: { count: '1001' }
    },
    {
      // salesforcedictionary.com: newer wording
      text: 'System.LimitException: Maximum stack depth has been reached: 1001',
      captures: { count: '1001' }
    },
    {
      // Known issue a1p3A0000017xHqQAI: queueable chain depth in scratch orgs
      text: 'EXCEPTION: System.LimitException: Maximum stack depth reached: 1',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Maximum stack depth for this org is 5' }]
})
