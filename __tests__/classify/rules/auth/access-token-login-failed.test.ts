import rule from '../../../../src/classify/rules/auth/access-token-login-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.146.3 `org login access-token` with an expired token
      text: 'AuthCodeUsernameRetrievalError: Could not retrieve the username after successful auth code exchange.\n\nDue to: Session expired or invalid',
      captures: { reason: 'Session expired or invalid' }
    },
    {
      // sf 2.146.3 `org login access-token` against an instance URL that answers 404
      text: 'AuthCodeUsernameRetrievalError: Could not retrieve the username after successful auth code exchange.\n\nDue to: The requested resource does not exist',
      captures: { reason: 'The requested resource does not exist' }
    }
  ],
  negatives: [{ text: 'Successfully authorized ci@fake-org.example with org ID 00DFAKE0000001AAAA' }]
})
