import rule from '../../../../src/classify/rules/auth/refresh-token-expired.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/sfdx-core#434 (after a sandbox refresh)
      text: 'RefreshTokenAuthError: Error authenticating with the refresh token due to: expired access/refresh token'
    },
    {
      // xgeek-net/salesforce-mass-editor#4 (raw jsforce form)
      text: 'invalid_grant: expired access/refresh token',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Error authenticating with the refresh token due to: invalid client credentials' }]
})
