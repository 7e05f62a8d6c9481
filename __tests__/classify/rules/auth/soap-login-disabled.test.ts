import rule from '../../../../src/classify/rules/auth/soap-login-disabled.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // OpenFn/adaptors#1715: the fault a username-password login gets from a new org
      text: 'INVALID_OPERATION: SOAP API login() is disabled by default in this org. Contact the org administrator to enable SOAP API login().',
      surface: 'cli'
    },
    {
      // the same fault for a call at API 65.0 or later (our text after the code)
      text: 'INVALID_OPERATION: SOAP API login() is not available in API version 65.0 and later',
      surface: 'cli'
    }
  ],
  negatives: [
    {
      text: 'Note: SOAP API login() is not available in API versions 65.0 and later; this tool uses OAuth.',
      surface: 'log'
    },
    { text: 'Successfully logged in with SOAP API login() using API version 64.0', surface: 'log' },
    {
      text: 'INVALID_LOGIN: Invalid username, password, security token; or user locked out.',
      surface: 'cli'
    }
  ]
})
