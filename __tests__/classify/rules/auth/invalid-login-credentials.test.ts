import rule from '../../../../src/classify/rules/auth/invalid-login-credentials.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // jsforce/jsforce#1190
      text: 'INVALID_LOGIN: Invalid username, password, security token; or user locked out.'
    },
    {
      // jsforce/jsforce#487 (curly apostrophe in "company’s")
      text: 'LOGIN_MUST_USE_SECURITY_TOKEN: Invalid username, password, security token; or user locked out. Are you at a new location? When accessing Salesforce--either via a desktop client or the API--from outside of your company’s trusted networks, you must add a security token to your password to log in.'
    }
  ],
  negatives: [{ text: 'FIELD_CUSTOM_VALIDATION_EXCEPTION, Invalid username format: [Username]' }]
})
