import rule from '../../../../src/classify/rules/auth/stored-credential-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#867: the deploy right after a JWT login, in Docker, found the org's auth file empty
      text: 'ERROR running force:mdapi:deploy:  Parse error in file /root/.sfdx/ci@example.com.json on line 1\nFILE HAS NO CONTENT',
      surface: 'cli',
      captures: { path: '/root/.sfdx/ci@example.com.json' }
    },
    {
      // forcedotcom/salesforcedx-apex, src/i18n/i18n.ts (noAccessTokenFound)
      text: 'No access token could be found for the provided username',
      surface: 'cli',
      captures: { field: 'access token' }
    },
    {
      // forcedotcom/sfdx-core, messages/org.md (missingAuthUsername)
      text: 'Error (MissingAuthUsernameError): The sandbox uat does not have an authorized username.',
      surface: 'cli',
      captures: { field: 'username' }
    },
    {
      // sfpowerscripts pool creation, quoting the CLI's own failure
      text: 'Unable to provision scratch org 1 . Due to following Error: undefined refreshToken',
      captures: { field: 'refreshToken' }
    },
    {
      // a data import plugin whose org connection was never made
      text: "ERROR running Import: Cannot read property 'refreshAuth' of undefined",
      captures: { field: 'refreshAuth' }
    },
    {
      text: "Error (1): Cannot read properties of undefined (reading 'accessToken')",
      captures: { field: 'accessToken' }
    }
  ],
  negatives: [
    // the CLI's own config, and a project's .sfdx folder: neither holds a login (the text is ours)
    {
      text: 'ERROR running force:source:deploy: Parse error in file /home/runner/.sfdx/sfdx-config.json on line 3',
      surface: 'cli'
    },
    {
      text: 'ERROR running force:source:deploy: Parse error in file /home/runner/work/app/app/.sfdx/sourcePathInfos.json on line 1',
      surface: 'cli'
    },
    // the CLI's stash of a running deploy, which holds no login (forcedotcom/cli#145)
    {
      text: 'ERROR running force:mdapi:deploy: Parse error in file /home/jenkins/.sfdx/stash.json on line 6',
      surface: 'cli'
    },
    // a JWT login that crashed inside the CLI keeps that rule's diagnosis
    {
      text: "We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here's the error: TypeError::Cannot read properties of undefined (reading 'accessToken')"
    },
    // a CLI fault on a deploy result, not on a credential
    { text: "Error (1): Cannot read properties of undefined (reading 'Status')" },
    { text: "ERROR running force:source:deploy: Cannot read property 'path' of undefined" }
  ]
})
