import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'password-expired',
  category: 'auth',
  title: "The deploy user's password has expired",
  surfaces: ['cli', 'log'],
  patterns: [/\bINVALID_OPERATION_WITH_EXPIRED_PASSWORD\b/, /The user(?:['’]s|s) password has expired/],
  explanation:
    "The password policy expired the deploy user's password, and the API refuses every call except setting a new one.",
  remediation: [
    'Log in as the deploy user in a browser and set a new password (and update the CI secret and security token).',
    'For an integration user, give its profile a password policy that never expires, or switch the pipeline to JWT login.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_jwt_flow.htm'
  ],
  retryable: false
})
