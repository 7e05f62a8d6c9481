import rule from '../../../../src/classify/rules/auth/jwt-audience-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#3325
      text: 'JwtAuthError: audience is invalid [audience=http://login.salesforce.com login=https://test.salesforce.com]',
      captures: { audience: 'http://login.salesforce.com', loginUrl: 'https://test.salesforce.com' }
    },
    {
      // forcedotcom/cli#3482 (one attempt line of the JwtAuthError list)
      text: 'Error authenticating with JWT.\nErrors encountered:\naudience is invalid  [audience=https://login.salesforce.com login=https://test.salesforce.com/]',
      captures: { loginUrl: 'https://test.salesforce.com/' }
    }
  ],
  negatives: [{ text: 'Set the audience URL with SF_AUDIENCE_URL when logging into a sandbox' }]
})
