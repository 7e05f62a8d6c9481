import rule from '../../../../src/classify/rules/fallback/auth-wording-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // vlocityinc/vlocity_build issue 724: the build tool could not read the CLI's org login
      text: 'SFDX Login Error >> Error: Error parsing stdout\n    at _run (/home/nu/tooling/npm/lib/node_modules/vlocity/lib/sfdx.js:13:9)',
      surface: 'cli'
    },
    {
      // forcedotcom/salesforcedx-apex, src/i18n/i18n.ts (streamingHandshakeFail) with the server's 401
      text: 'Test run handshake failed: 401::Authentication invalid',
      surface: 'cli'
    },
    // The texts below are ours: wordings no specific rule covers, in the shapes tools print.
    { text: 'Failed to refresh the access token for ci@acme.com.uat', surface: 'cli' },
    { text: 'Error (1): Login for ci@acme.com.uat failed', surface: 'cli' },
    { text: 'JWT grant for ci@acme.com.uat was denied', surface: 'cli' },
    {
      text: 'Could not authenticate the deploy user against https://acme--uat.sandbox.my.salesforce.com',
      surface: 'cli'
    }
  ],
  negatives: [
    // Other tools' logins in the same job log (Jenkins' git plugin, git) are not the org's.
    { text: 'No credentials specified', surface: 'log' },
    { text: "fatal: Authentication failed for 'https://github.com/acme/crm.git/'", surface: 'log' },
    // A login that timed out is the transient rules' (the text is ours).
    { text: 'Could not authenticate to the org, the connection timed out', surface: 'cli' },
    // The streaming server refusing the channel itself, not the login: the transient rules retry it.
    { text: 'Test run handshake failed: 403::Unknown client', surface: 'cli' },
    // oclif's usage error names the login command; nothing was attempted.
    {
      text: ' ! org:login:web is not a sfdx command.\n ! Perhaps you meant force:auth:web:login\n ! Run sfdx help for a list of available topics.',
      surface: 'cli'
    },
    {
      // flxbl-io/sfp#18: sfp's progress line before an unrelated query error
      text: 'Validating Org Authentication Mechanism.. Error: Unable to execute command .. MALFORMED_QUERY: PatchVersion=1 and BuildNumber=RELEASED',
      surface: 'cli'
    },
    // The same progress line after sfdx's own prefix.
    {
      text: 'ERROR running force:source:deploy:  Validating Org Authentication Mechanism..\nError: Unable to execute command .. MALFORMED_QUERY:',
      surface: 'cli'
    },
    // The login URL inside a configuration error is not a login.
    {
      text: 'All JSON input must have heads down camelcase keys. E.g., { sfdcLoginUrl: "https://login.salesforce.com" } Found "$"',
      surface: 'cli'
    },
    // A component about OAuth is deployed metadata, not the CLI's login.
    {
      text: 'Invalid OAuth scope: refresh_token, offline_access is not allowed for this connected app',
      surface: 'component'
    }
  ]
})
