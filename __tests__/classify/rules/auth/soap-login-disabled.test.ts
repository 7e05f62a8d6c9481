import rule from '../../../../src/classify/rules/auth/soap-login-disabled.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // the API fault a username-password login gets from a new org (Salesforce Help 005132110)
      text: 'INVALID_OPERATION: SOAP API login() is disabled by default in this org. Contact the org administrator to enable SOAP API login().',
      surface: 'cli'
    },
    {
      text: '[sf:deploy] Failed to login: SOAP API login() is not available in API version 65.0 and later',
      surface: 'log'
    }
  ],
  negatives: [
    { text: 'Successfully logged in with SOAP API login() using API version 64.0', surface: 'log' },
    {
      text: 'INVALID_LOGIN: Invalid username, password, security token; or user locked out.',
      surface: 'cli'
    }
  ]
})
