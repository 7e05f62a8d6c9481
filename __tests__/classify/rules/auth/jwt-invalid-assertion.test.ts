import rule from '../../../../src/classify/rules/auth/jwt-invalid-assertion.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/sfdx-travisci#135
      text: 'ERROR running force:auth:jwt:grant:  We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: invalid assertion'
    },
    {
      // jsforce OAuth error form (name invalid_grant, description "invalid assertion")
      text: 'JwtAuthError: Error authenticating with JWT config due to: invalid_grant: invalid assertion',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'System.AssertException: Assertion Failed: invalid value', surface: 'log' }]
})
