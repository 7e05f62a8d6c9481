import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'no-user-named',
  category: 'dependency',
  title: 'User {username} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/\bno User name[ds] (?<username>[^\s(]+) found/],
  explanation:
    'The component hard-codes a username (an email alert sender, queue member, case setting, assignment rule or folder share). Usernames are unique across all of Salesforce, so one copied from another org does not exist here; sandbox usernames also carry a suffix such as `.uat`.',
  remediation: [
    'Replace {username} with a username that exists in the target org, or create and activate that user first.',
    'For several environments, keep the username out of the source or substitute it per org at deploy time (for example with `replacements` in sfdx-project.json).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_ws_string_replace.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
