import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'oauth-client-invalid',
  category: 'auth',
  title: "The connected app's client ID or secret was rejected",
  surfaces: ['cli', 'log'],
  patterns: [
    /client identifier invalid/i,
    /\binvalid_client(?:_id)?\b/,
    /invalid client credentials/i,
    /Client ID is required for JWT authentication/,
    /\bgrant type not supported\b/,
    /This org appears to have a problem with its OAuth configuration/,
    // Scratch org sign-up (error C-1016): the Dev Hub's connected app used to set up the new org.
    /\bError while configuring the OAuth connected app for Proxy Signup\b/,
    /\bThe callback URL provided is not valid\b/,
    // The OAuth endpoint's code for a callback URL the connected app does not list.
    /\bredirect_uri_mismatch\b/
  ],
  explanation:
    'Salesforce did not recognise the OAuth client: the consumer key is wrong or belongs to another org, the consumer secret does not match, or the connected app does not allow the grant type the CLI used or has a callback URL Salesforce rejects (scratch org sign-up goes through the Dev Hub’s app). New or edited connected apps also take several minutes to become usable.',
  remediation: [
    'Copy the consumer key (and secret, if used) again from the connected app in the org you log into and update the CI secret.',
    'Check the app has OAuth enabled with the needed scopes (api, refresh_token/offline_access, web) and, for JWT, "Use digital signatures".',
    'If the app was created or changed in the last few minutes, wait and retry the login.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_connected_app.htm'
  ],
  retryable: false
})
