import rule from '../../../../src/classify/rules/auth/refresh-token-auth-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx-core refreshTokenAuthError template with the OAuth "authentication failure" description
      text: 'RefreshTokenAuthError: Error authenticating with the refresh token due to: authentication failure',
      captures: { reason: 'authentication failure' }
    },
    {
      text: 'Error authenticating with the refresh token due to: Unexpected end of JSON input',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Refreshing the token cache for 3 orgs' }]
})
