import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'login-user-restricted',
  category: 'auth',
  title: 'The deploy user may not log in: {reason}',
  surfaces: ['cli', 'log'],
  patterns: [
    /(?:due to|invalid_grant|Errors encountered)(?::|::)\s*(?<reason>inactive user|inactive organization|ip restricted|user is frozen|organization is locked)/i
  ],
  explanation:
    'The credentials are right but Salesforce refuses the login for this user: the user is deactivated or frozen, or the login comes from an IP address outside the allowed login IP ranges of the profile or connected app.',
  remediation: [
    'In Setup > Users check that the deploy user is active and not frozen.',
    "Allow the runner's IP ranges in the profile's Login IP Ranges, or set the connected app's IP Relaxation to \"Relax IP restrictions\".",
    'Retry the login once the user can log in.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_connected_app.htm'
  ],
  retryable: false
})
