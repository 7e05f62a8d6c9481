import rule from '../../../../src/classify/rules/auth/oauth-app-not-approved.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli issue: org login web with a locked-down connected app
      text: 'We encountered a problem while attempting to configure and approve the Connected App for your org. Verify the Connected App configuration with your Salesforce admin.'
    },
    {
      // forcedotcom/cli#1028
      text: "ERROR running force:user:create: Error authenticating with JWT config due to: user hasn't approved this consumer"
    },
    {
      // forcedotcom/cli#3482
      text: 'JwtGrantError: We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: JwtAuthError::Error authenticating with JWT.\nErrors encountered:\nExternal client app is not installed in this org\nExternal client app is not installed in this org\naudience is invalid  [audience=https://login.salesforce.com login=https://test.salesforce.com/]'
    },
    {
      // an integration script's token request, saved in a repository's troubleshooting notes
      text: '{"error":"invalid_app_access","error_description":"user is not admin approved to access this app"}',
      surface: 'cli'
    }
  ],
  negatives: [
    { text: 'The connected app was approved by the admin yesterday' },
    { text: 'invalid_app_config: the app has no callback URL', surface: 'cli' }
  ]
})
