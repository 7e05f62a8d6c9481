import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'jwt-grant-failed',
  category: 'auth',
  title: 'Logging in with the JWT bearer flow failed',
  surfaces: ['cli', 'log'],
  patterns: [
    // A TypeError or a missing Node global inside the wrapper is a CLI/Node version problem, not a login one.
    /We encountered a JSON web token error, which is likely not an issue with Salesforce CLI\. Here's the error: (?!TypeError::|structuredClone is not defined)(?<reason>[^\n]+)/,
    /Error authenticating with JWT(?: config)? due to: (?<reason>[^\n]+)/,
    /Error authenticating with JWT\.[ \t]*\n[ \t]*Errors encountered:[ \t]*\n(?<reason>[^\n]+)/,
    // A JWT login error with no reason after it (a wrapper that swallowed the detail) is still a failed login.
    /\bError authenticating with JWT\b/
  ],
  explanation:
    'The CLI could not trade the signed JWT for a session. The reason after "Here\'s the error" names the cause; common ones are a key that does not match the connected app, a wrong username or login URL, or an empty token response.',
  remediation: [
    'Read the reason in the message; run the login alone with `sf org login jwt ... --json` to see it in full.',
    'Check the four inputs together: --client-id (consumer key), --jwt-key-file (matching the uploaded certificate), --username (a user of that org) and --instance-url (login or test URL, or My Domain).',
    'Retry the login once the input is fixed.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_jwt_flow.htm'
  ],
  retryable: false
})
