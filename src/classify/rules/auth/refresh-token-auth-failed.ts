import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'refresh-token-auth-failed',
  category: 'auth',
  title: 'Logging in with the stored refresh token failed',
  surfaces: ['cli', 'log'],
  patterns: [
    /Error authenticating with the refresh token due to: (?<reason>[^\n]+)/,
    /\bRefreshTokenAuthError\b/
  ],
  explanation:
    'The CLI could not get a session from the refresh token in the stored auth (or SFDX auth URL). The token, the connected app behind it or the instance URL is no longer valid for this org.',
  remediation: [
    'Re-authenticate: `sf org login web --alias <alias> --instance-url <login URL>`.',
    'Replace the CI secret with the new SFDX auth URL from `sf org display --verbose --target-org <alias>`.',
    'Rerun the pipeline.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_sfdxurl.htm'
  ],
  retryable: false
})
