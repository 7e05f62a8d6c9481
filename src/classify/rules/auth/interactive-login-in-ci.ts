import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'interactive-login-in-ci',
  category: 'auth',
  title: 'An interactive (browser or device) login was attempted where nobody can complete it',
  surfaces: ['cli', 'log'],
  patterns: [
    /The device authorization request timed out/,
    /The authentication session timed out/,
    /Cannot start the OAuth redirect server on port/,
    /"org login web" isn[’']t supported when authorizing in a headless environment/
  ],
  explanation:
    'Web and device logins wait for a person to approve access in a browser. In a pipeline no one does, so the login times out or cannot open its local redirect port.',
  remediation: [
    'Use a non-interactive login in CI: `sf org login jwt ...` or `sf org login sfdx-url --sfdx-url-file auth.txt`.',
    "Run `sf org login web` only on a workstation, then store `sf org display --verbose` output's SFDX auth URL as a CI secret."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_jwt_flow.htm'
  ],
  retryable: false
})
