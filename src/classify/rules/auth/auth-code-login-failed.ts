import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'auth-code-login-failed',
  category: 'auth',
  title: 'The OAuth authorization-code login failed',
  surfaces: ['cli', 'log'],
  patterns: [
    /error authenticating with auth code due to: (?<reason>[^\n]+)/i,
    /\bexpired authorization code\b/,
    /\bAuthCodeExchangeError\b/
  ],
  explanation:
    'The web (authorization-code) login could not exchange the code for tokens: the code expired before it was used, or the connected app or login URL did not match. This flow needs a browser, so it rarely belongs in a pipeline.',
  remediation: [
    'Run the web login again and complete it promptly: `sf org login web --alias <alias> --instance-url <login URL>`.',
    'For CI, log in once on a workstation and store the SFDX auth URL, or use `sf org login jwt`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_web_flow.htm'
  ],
  retryable: false
})
