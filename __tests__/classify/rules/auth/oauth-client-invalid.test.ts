import rule from '../../../../src/classify/rules/auth/oauth-client-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // the OAuth endpoint's error code and description for a callback URL the connected app does not list
    {
      text: 'error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration',
      surface: 'cli'
    },
    {
      // scratch org creation through a Dev Hub whose connected app has a bad callback URL
      text: 'ERROR running force:org:create: The callback URL provided is not valid',
      surface: 'cli'
    },
    {
      // Salesforce DX Developer Guide, scratch org error C-1016
      text: 'Error while configuring the OAuth connected app for Proxy Signup. Verify that your connected app has a valid consumer key, callback URL, and unexpired certificate (if applicable).',
      surface: 'cli'
    },
    {
      // dxatscale/sfpowerkit#588
      text: 'Error authenticating with auth code due to: client identifier invalid'
    },
    {
      // forcedotcom/cli#826
      text: 'Error authenticating with the refresh token due to: invalid client credentials'
    },
    {
      // forcedotcom/cli#1661
      text: 'ERROR running auth:web:login:  Invalid client credentials. Verify the OAuth client secret and ID. Error authenticating with auth code due to: grant type not supported',
      surface: 'log'
    }
  ],
  negatives: [
    { text: 'Error authenticating with the refresh token due to: expired access/refresh token' },
    // a variable named after the code in the user's own script: the text is ours
    { text: 'ReferenceError: redirect_uri_mismatch_count is not defined', surface: 'cli' }
  ]
})
