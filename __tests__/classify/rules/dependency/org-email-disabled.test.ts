import rule from '../../../../src/classify/rules/dependency/org-email-disabled.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // the API's code for single email turned off (the text is ours, in the shape of the one below)
    {
      text: 'System.EmailException: SendEmail failed. First exception on row 0; first error: NO_SINGLE_MAIL_PERMISSION: []',
      surface: 'test'
    },
    {
      // Messaging.reserveSingleEmailCapacity in an org whose deliverability is off
      surface: 'test',
      text: 'System.NoAccessException: The organization is not permitted to send email.'
    },
    {
      // a test that sends email in a sandbox
      text: 'System.EmailException: SendEmail failed. First exception on row 0; first error: NO_MASS_MAIL_PERMISSION, Single email is not enabled for your organization or profile.: []',
      surface: 'test'
    },
    {
      // the same failure with the full sentence
      text: 'System.EmailException: SendEmail failed. First exception on row 0; first error: NO_MASS_MAIL_PERMISSION, Single email is not enabled for your organization or profile. Single email must be enabled for you to use this feature.: []',
      surface: 'test'
    }
  ],
  negatives: [
    {
      text: 'System.EmailException: SendEmail failed. First exception on row 0; first error: INVALID_EMAIL_ADDRESS, Email address is invalid: null: [toAddresses, null]',
      surface: 'test'
    },
    {
      text: 'System.LimitException: Too many Email Invocations: 11',
      surface: 'test'
    }
  ]
})
