import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'invalid-login-credentials',
  category: 'auth',
  title: 'Username/password login was rejected',
  surfaces: ['cli', 'log'],
  patterns: [
    /\bINVALID_LOGIN\b/,
    /\bLOGIN_MUST_USE_SECURITY_TOKEN\b/,
    /Invalid username, password, security token/
  ],
  explanation:
    'A username/password (SOAP) login failed: the password or security token is wrong or was reset, the user is locked out, or the login comes from outside trusted IP ranges without a security token.',
  remediation: [
    'Check the username, password and security token stored in CI; a password change resets the security token.',
    'Unlock the user in Setup if too many failed attempts locked it.',
    'Prefer JWT or an SFDX auth URL for pipelines: `sf org login jwt ...` does not depend on passwords.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_jwt_flow.htm'
  ],
  retryable: false
})
