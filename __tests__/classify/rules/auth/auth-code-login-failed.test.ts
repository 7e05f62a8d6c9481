import rule from '../../../../src/classify/rules/auth/auth-code-login-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx-core authCodeExchangeError template built as `${name}::${message}`
      text: 'AuthCodeExchangeError: Error authenticating with auth code due to: invalid_grant::expired authorization code',
      captures: { reason: 'invalid_grant::expired authorization code' }
    },
    {
      text: 'Error authenticating with auth code due to: authentication failure',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Error authenticating with auth code due to: client identifier invalid' }]
})
