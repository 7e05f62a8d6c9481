import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'refresh-token-expired',
  category: 'auth',
  title: 'The stored refresh token has expired or was revoked',
  surfaces: ['cli', 'log'],
  patterns: [/expired access\/refresh token/],
  explanation:
    "The auth secret holds a refresh token that Salesforce no longer accepts. This follows a sandbox refresh (tokens are not copied), a revoked OAuth session, a password reset with token revocation, or the connected app's refresh-token policy expiring it.",
  remediation: [
    'Log into the org again with a person or integration user: `sf org login web --alias <alias> --instance-url <login URL>`.',
    'Print the new SFDX auth URL with `sf org display --verbose --target-org <alias>` and replace the CI secret (or switch the pipeline to JWT so no refresh token is stored).',
    'If it keeps expiring, set the connected app\'s refresh token policy to "valid until revoked".'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_sfdxurl.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_jwt_flow.htm'
  ],
  retryable: false
})
