import rule from '../../../../src/classify/rules/auth/named-org-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx 49 release notes: a user command given an access token where the username belongs
      text: 'The username <username> was not found for scratch org <scratchorgid>',
      surface: 'cli',
      captures: { org: '<scratchorgid>' }
    },
    {
      // plugin-org's show-access-token for an alias whose stored auth has no token
      text: 'No access token found for "ci-org". The org may need to be re-authenticated.',
      captures: { org: 'ci-org' }
    },
    {
      // plugin-auth's logout of an alias this runner never logged in as
      text: 'No authenticated org found with the ci-org username or alias.',
      captures: { org: 'ci-org' }
    },
    {
      // older sfdx-core wording for an alias with no stored auth
      text: 'NamedOrgNotFound: No AuthInfo found for name ci-org',
      captures: { org: 'ci-org' }
    },
    {
      // sf 2.146.3 `project deploy start --target-org nosuchorg --json` (exit 2)
      text: 'NamedOrgNotFoundError: Parsing --target-org \n\tNo authorization information found for nosuchorg.\nSee more help with --help',
      captures: { org: 'nosuchorg' }
    },
    {
      // forcedotcom/cli#2045 (plain-text form, a username alias)
      text: 'Error (1): Parsing --target-org \n        No authorization information found for test-fdyjlnlamife@example.com.\nSee more help with --help',
      surface: 'log',
      captures: { org: 'test-fdyjlnlamife@example.com' }
    },
    {
      // celador/ForceCode#391 (sfdx 7.8x NoOrgFound)
      text: 'NoOrgFound: No org configuration found for name undefined',
      captures: { org: 'undefined' }
    }
  ],
  negatives: [{ text: 'No default environment found. Use -o or --target-org to specify an environment.' }]
})
