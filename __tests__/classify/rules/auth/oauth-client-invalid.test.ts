import rule from '../../../../src/classify/rules/auth/oauth-client-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // dxatscale/sfpowerkit#588
      text: 'Error authenticating with auth code due to: client identifier invalid'
    },
    {
      // forcedotcom/cli#826
      text: 'Error authenticating with the refresh token due to: invalid client credentials'
    },
    {
      // forcedotcom/cli#1661
      text: 'ERROR running auth:web:login:  Invalid client credentials. Verify the OAuth client secret and ID. Error authenticating with auth code due to: grant type not supported',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Error authenticating with the refresh token due to: expired access/refresh token' }]
})
