import rule from '../../../../src/classify/rules/auth/login-user-restricted.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx-core refreshTokenAuthError template with the Salesforce OAuth description for a deactivated user
      text: 'RefreshTokenAuthError: Error authenticating with the refresh token due to: inactive user',
      captures: { reason: 'inactive user' }
    },
    {
      // JwtAuthError attempt list with the OAuth description for login IP ranges
      text: 'Error authenticating with JWT.\nErrors encountered:\nip restricted',
      captures: { reason: 'ip restricted' }
    },
    {
      // the fault code from the API's ExceptionCode list, with our own text after it: no real message was found
      text: 'LOGIN_ERROR: PASSWORD_LOCKOUT: The user has exceeded the number of allowed login attempts.',
      surface: 'cli',
      captures: { reason: 'PASSWORD_LOCKOUT' }
    },
    {
      // a SOAP fault's code and string in the shape other sf: faults print (our text, as above)
      text: 'sf:ORG_LOCKED: ORG_LOCKED',
      surface: 'log',
      captures: { reason: 'ORG_LOCKED' }
    }
  ],
  negatives: [
    {
      // an admin-setup lock while another deployment runs: transient, not a locked org
      text: "ALREADY_IN_PROCESS: The changes you requested require salesforce.com to temporarily lock your organization's administration setup.",
      surface: 'cli'
    },
    { text: 'System.AssertException: Assertion Failed: inactive user should not be assigned', surface: 'log' }
  ]
})
