import rule from '../../../../src/classify/rules/auth/no-default-org.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // A committed sf.log (Gaurav-kumar2401/Gaurav-Kumar): the org flag given an empty value
      text: 'ERROR running force:source:deploy:  Flag --targetusername expects a value',
      surface: 'cli'
    },
    {
      // daishi4u/ForceCode issue 22: the jsforce deploy tools (jsforce-metadata-tools, its gulp and grunt plugins) started without a login
      text: 'Credential to salesforce server is not found in options.\nSpecify "username" and "password" in options, or give any other credentials.',
      surface: 'cli'
    },
    {
      // salesforcedx-apex's own wording
      text: 'No default org is set. Run "SFDX: Create a Default Scratch Org" or "SFDX: Authorize an Org" to set one.'
    },
    {
      // plugin-deploy-retrieve when the runner has no authorised org at all
      text: "Can't find any active scratch orgs, Dev Hubs, or other orgs. Either log into an org or create a scratch org, and then try again."
    },
    {
      // `force:org:list` on a runner with no stored logins
      text: '{ "status": 1, "name": "noOrgsFound", "message": "No orgs can be found.", "exitCode": 1 }'
    },
    {
      // sfdx-hardis in CI without a default username
      text: 'ERROR running hardis:project:deploy:sources:dx: This command requires a username. Specify it with the -u parameter or with the "sfdx config:set defaultusername=<username>" command.'
    },
    {
      // sfdx-core wording when neither --target-org nor a default is set
      text: 'Error: No org specified and no default org set.'
    },
    {
      // sf 2.150.6 `project deploy start` with no target org
      text: 'NoDefaultEnvError: No default environment found. Use -o or --target-org to specify an environment.'
    },
    {
      // muenzpraeger/salesforce-einstein-platform-apex#51 (salesforce-alm)
      text: 'ERROR:  No defaultusername org found.',
      surface: 'log'
    },
    {
      // forcedotcom/cli#838
      text: 'ERROR running force:org:display: Must pass a username and/or OAuth options when creating an AuthInfo instance.'
    },
    {
      // salesforcecli/plugin-org messages/delete_scratch.md (error.missingUsername): a teardown step with no org
      text: 'Unable to determine the username of the org to delete. Specify the username with the --target-org | -o flag.'
    }
  ],
  negatives: [
    { text: 'Flag --wait expects a value', surface: 'cli' },
    { text: 'Unable to determine content type for file: data/Account.csv.', surface: 'cli' },
    { text: 'No authorization information found for prod.' }
  ]
})
