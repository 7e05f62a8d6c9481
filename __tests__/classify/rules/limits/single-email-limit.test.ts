import rule from '../../../../src/classify/rules/limits/single-email-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Messaging.reserveSingleEmailCapacity when the day's allowance would be passed
      surface: 'test',
      text: 'System.HandledException: The daily limit for the org would be exceeded by this request.'
    },
    {
      // odekakeshimasyo.me: SINGLE_EMAIL_LIMIT_EXCEEDED in a trigger
      text: 'caused by: System.EmailException: SendEmail failed. First exception on row 0; first error: SINGLE_EMAIL_LIMIT_EXCEEDED, Failed to send email',
      captures: { code: 'SINGLE_EMAIL_LIMIT_EXCEEDED' }
    },
    {
      // Same status code in an Apex test message
      text: 'System.EmailException: SendEmail failed. First exception on row 0; first error: SINGLE_EMAIL_LIMIT_EXCEEDED, Failed to send email: []'
    }
  ],
  negatives: [
    {
      text: 'System.EmailException: SendEmail failed. First exception on row 0; first error: INVALID_EMAIL_ADDRESS, Email address is invalid: foo: [toAddresses, foo]'
    }
  ]
})
