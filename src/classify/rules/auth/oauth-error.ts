import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'oauth-error',
  category: 'auth',
  title: 'Salesforce refused the OAuth login ({code|no reason given})',
  surfaces: ['cli', 'log'],
  patterns: [
    /\b(?<code>OAUTH_[A-Z_]+)\b/,
    /We can't authorize you because of an OAuth error/,
    /\b(?<code>(?:hub org|Dev Hub) authorization) failed\b/i,
    /\b(?<code>Destination URL not reset)\b/
  ],
  explanation:
    "The org answered the login with an OAuth error: the connected app is blocked or misconfigured for this user, the user cannot use it, or the stored authorization (often the Dev Hub's) is no longer valid.",
  remediation: [
    'Log in again interactively once to see the full OAuth error: `sf org login web --instance-url <login URL>`.',
    'In Setup > Login History of the target org, find the failed login and its status for the exact reason.',
    "Check the connected app's OAuth policies (permitted users, IP relaxation) and that the CI user is allowed to use it; then store a fresh auth secret."
  ],
  docs: ['https://help.salesforce.com/s/articleView?id=sf.connected_app_overview.htm&type=5'],
  retryable: false
})
