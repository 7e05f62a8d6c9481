import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'usernames-not-found',
  category: 'dependency',
  title: 'No user in the target org matches {usernames}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Cannot find a user that matches any of the following usernames: (?<usernames>[^\n]+)/],
  explanation:
    'Folder shares, queues and territories can name users directly. The usernames in the source belong to another org (or lack the sandbox suffix), so the target org cannot resolve them.',
  remediation: [
    'Replace {usernames} with users that exist in the target org, or share with a role or public group instead of named users.',
    'Alternatively create those users in the target org first, then deploy again.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_folder.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_ws_string_replace.htm'
  ],
  retryable: false
})
