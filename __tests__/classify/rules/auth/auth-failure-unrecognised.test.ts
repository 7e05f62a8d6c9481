import rule from '../../../../src/classify/rules/auth/auth-failure-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/salesforcedx-vscode issue 4676
      text: 'Error authenticating to org'
    },
    {
      // forcedotcom/SFDX-Data-Move-Utility issue 228
      text: 'Error: Unable to connect to the Source Org. Check your SFDX authentication data.'
    },
    {
      // forcedotcom/SFDX-Data-Move-Utility issue 486: SFDMU cannot use the CLI's stored login
      text: 'Command initialization error: Attempt to connect to test-1mozktmfkbrt@example.com failed. Please, try to refresh your local SFDX CLI connection..'
    },
    {
      // The login failure on a later line of a tool's output; the text is ours.
      text: 'Running org login web in a new browser window\nFailed to authorize org. Status: 1'
    },
    {
      // Illuminated Cloud issue 2536: a web login through the CLI
      text: 'Failed to authorize org. Status: 1 Name: invalidRequestMethod Message: Invalid request method: OPTIONS'
    },
    {
      // The same, as sfdx printed it in human mode.
      text: 'ERROR running force:auth:web:login:  Failed to authorize org.'
    },
    {
      // a refresh-token login through a connected app that is not pre-authorised
      text: 'Unable to authenticate: invalid_request (refresh_token scope is required and the connected app should be installed and preauthorized.'
    },
    {
      // sfdx plugin behind IP restrictions
      text: 'Authentication Failed: OAuth login invalid or expired access token Be sure your Salesforce organization does not have IP restrictions.'
    },
    {
      // forcedotcom/cli issue: access-token login to a lightning.force.com URL
      text: 'Invalid instance URL. It should NOT be a lightning domain'
    },
    {
      // the fault code from the API's ExceptionCode list, with our own text after it: no real message was found
      text: 'LOGIN_ERROR: ORG_NOT_OWNED_BY_INSTANCE: This org does not belong to this instance',
      surface: 'cli'
    },
    {
      // Adobe Marketo's Salesforce diagnostics: a Transaction Security policy refusing the API user
      text: "TXN_SECURITY_NO_ACCESS: The operation you requested isn't allowed due to a security policy in your organization. Contact your administrator.",
      surface: 'cli'
    },
    {
      text: 'Error (1): INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id',
      surface: 'cli'
    },
    {
      // jsforce login error printed by an sfdx plugin (public issue)
      text: "{ [invalid_grant: authentication failure] name: 'invalid_grant' }"
    },
    {
      // sf org create scratch with a user lacking Dev Hub permissions
      text: 'Error: You do not have access to the [ScratchOrgInfo] object.',
      captures: { object: 'ScratchOrgInfo' }
    },
    {
      text: 'Ensure that org, with id: 00D000000000001 is enabled as a DevHub',
      surface: 'log'
    },
    {
      // browserforce (an sf plugin) applying settings to a scratch org in CI
      text: 'ERROR running BrowserforceApply: login failed [302]: {"instanceUrl": "https://velocity-speed-2098-dev-ed.cs50.my.salesforce.com/"}',
      surface: 'cli'
    }
  ],
  negatives: [
    { text: 'Authenticating to org ci@example.com', surface: 'cli' },
    // Apex calling out to an origin the org has not registered: Remote Site Settings, not a login
    {
      text: 'Error (1): System.CalloutException: Unauthorized endpoint, please check Setup->Security->Remote site settings. endpoint = https://hooks.example.com/notify',
      surface: 'cli'
    },
    // A deploy of a component that authorises something, not the login.
    { text: 'Error: Failed to authorize org-wide email address for this flow' },
    // The record-error form and the cross-reference refusal belong to the record, not to the CLI user.
    { text: 'INSUFFICIENT_ACCESS_OR_READONLY, insufficient access rights on object id: []', surface: 'cli' },
    {
      text: 'Error: INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on cross-reference id: 00G5g000001AbCd',
      surface: 'log'
    },
    {
      text: 'Class.FooTest.testIt: line 3, column 1\nINSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id',
      surface: 'log'
    },
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: TXN_SECURITY_NO_ACCESS, blocked: []',
      surface: 'log'
    },
    {
      text: 'Successfully authorized ci@example.com'
    },
    // A login that never reached the org is a network fault, not refused credentials.
    { text: 'login failed: connect ETIMEDOUT 10.0.0.1:443', surface: 'cli' },
    // A test's DML refused for its runAs user is that test's failure, not the CLI user's access.
    {
      text: 'Error (1): System.DmlException: Update failed. First exception on row 0 with id 0015g00000AbCdEAAV; first error: INSUFFICIENT_ACCESS_OR_READONLY, insufficient access rights on object id: []',
      surface: 'cli'
    },
    {
      text: 'The grant was approved'
    }
  ]
})
