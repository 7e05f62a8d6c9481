import { defineRule } from '../../define-rule.js'
import { CLI_ERROR_PREFIX } from '../cli-error-prefix.js'

export default defineRule({
  id: 'scratch-org-username-taken',
  category: 'metadata',
  title: 'The username {username|asked for} in the definition file is already taken',
  surfaces: ['cli', 'log'],
  patterns: [
    /\bThe username "?(?<username>[^"\s]+)"? already exists in this or another Salesforce org/,
    // sfdx-core creating a user from a definition file, with the server's causes after it. Not the same
    // words in a DmlException: that is a test inserting a duplicate user.
    /\bwhile trying to create a user\. causes:\s{0,10}Duplicate Username\b/,
    // sfdx-core's wording of sign-up error C-1007.
    /\bThe username provided to the (?:org:create|org create \w+) command is already in use\b/,
    // The same refusal when the CLI prints nothing but Salesforce's two words.
    new RegExp(String.raw`^${CLI_ERROR_PREFIX}Duplicate [Uu]sername\.?\s*$`)
  ],
  explanation:
    'Usernames are unique across every Salesforce org, and the scratch-org or user definition file asks for {username|a username}, which another org (often an earlier run of this pipeline) already uses.',
  remediation: [
    'Remove the fixed `username` from the definition file and let Salesforce generate one, or make it unique per run (for example with the run number: `--username ci-$GITHUB_RUN_ID@example.com`).',
    'Create the org or user again.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file.htm'
  ],
  retryable: false
})
