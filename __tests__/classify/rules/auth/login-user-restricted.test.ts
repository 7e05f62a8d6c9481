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
    }
  ],
  negatives: [
    { text: 'System.AssertException: Assertion Failed: inactive user should not be assigned', surface: 'log' }
  ]
})
