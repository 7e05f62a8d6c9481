import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'login-user-restricted',
  category: 'auth',
  title: 'The deploy user may not log in: {reason}',
  surfaces: ['cli', 'log'],
  patterns: [
    /(?:due to|invalid_grant|Errors encountered)(?::|::)\s*(?<reason>inactive user|inactive organization|ip restricted|user is frozen|organization is locked)/i,
    // The same refusals as SOAP/REST API fault codes (username-password logins, data loaders, Ant).
    /\b(?<reason>PASSWORD_LOCKOUT|ORG_LOCKED|LOGIN_DURING_RESTRICTED_DOMAIN)\b/,
    // The OAuth token endpoint's own error codes for the same refusals.
    /\b(?<reason>inactive_user|inactive_org)\b/
  ],
  explanation:
    'The credentials are right but Salesforce refuses the login for this user: the user is deactivated (inactive_user), frozen or locked out after too many failed logins (PASSWORD_LOCKOUT), the org itself is inactive or locked (inactive_org, ORG_LOCKED: an unpaid or ended subscription), the login comes from an IP address outside the allowed login IP ranges of the profile or connected app, or the org accepts logins only through its My Domain (LOGIN_DURING_RESTRICTED_DOMAIN).',
  remediation: [
    'In Setup > Users check that the deploy user is active, not frozen and not locked out (an administrator can unlock it there).',
    'An org that is locked as a whole (ORG_LOCKED) can only be unlocked by Salesforce: contact your account team.',
    "Allow the runner's IP ranges in the profile's Login IP Ranges, or set the connected app's IP Relaxation to \"Relax IP restrictions\".",
    "For LOGIN_DURING_RESTRICTED_DOMAIN, log in through the org's My Domain URL (`--instance-url https://<MyDomain>.my.salesforce.com`) instead of login.salesforce.com or test.salesforce.com.",
    'Retry the login once the user can log in.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_connected_app.htm'
  ],
  retryable: false
})
