import rule from '../../../../src/classify/rules/limits/email-invocations-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforcedictionary.com: too many email invocations
      text: 'System.LimitException: Too many Email Invocations: 11',
      captures: { count: '11' }
    },
    {
      // sfdecoded.github.io lowercase prose variant
      text: 'Too many email invocations: 11',
      surface: 'log',
      captures: { count: '11' }
    }
  ],
  negatives: [{ text: 'SINGLE_EMAIL_LIMIT_EXCEEDED, Failed to send email' }]
})
