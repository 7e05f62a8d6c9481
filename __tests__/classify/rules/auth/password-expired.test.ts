import rule from '../../../../src/classify/rules/auth/password-expired.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Salesforce API error text for INVALID_OPERATION_WITH_EXPIRED_PASSWORD (curly apostrophe as some clients print it)
      text: 'INVALID_OPERATION_WITH_EXPIRED_PASSWORD: The user’s password has expired, you must call SetPassword before attempting any other API operations'
    },
    {
      text: "The user's password has expired, you must call SetPassword before attempting any other API operations",
      surface: 'log'
    },
    {
      // restforce#607: the text as the API sends it, without the apostrophe
      text: 'The users password has expired, you must call SetPassword before attempting any other API operations',
      surface: 'cli'
    }
  ],
  negatives: [{ text: 'Password policy: passwords expire in 90 days' }]
})
