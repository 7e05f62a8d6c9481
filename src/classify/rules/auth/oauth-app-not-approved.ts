import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'oauth-app-not-approved',
  category: 'auth',
  title: 'The connected app is not approved or installed for the deploy user',
  surfaces: ['cli', 'log'],
  patterns: [
    /user hasn't approved this consumer/,
    /External client app is not installed in this org/,
    /problem while attempting to configure and approve the Connected App/,
    // The token endpoint's answer when the app is set to "Admin approved users are pre-authorized".
    /\binvalid_app_access\b/,
    /\buser is not admin approved to access this app\b/
  ],
  explanation:
    'The JWT flow cannot show a consent screen, so the connected app (or external client app) must be pre-authorized for the user. Either the app is not installed in this org, its policy is not "Admin approved users are pre-authorized", or the user has no profile or permission set that grants it.',
  remediation: [
    'In the target org open the connected app, choose Manage > Edit Policies and set Permitted Users to "Admin approved users are pre-authorized".',
    "Add the deploy user's profile or a permission set to the app's allowed profiles/permission sets.",
    'For a sandbox just created or refreshed, make sure the app exists there (it is copied from production) and retry the login.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_connected_app.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_jwt_flow.htm'
  ],
  retryable: false
})
