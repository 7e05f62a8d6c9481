import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'cli-user-missing-permission',
  category: 'auth',
  title: 'The user the CLI logged in as lacks a permission this command needs',
  // Only the CLI's own words: inside a test or a component a permission message is that code's story,
  // and in a log it may be any tool's (git, a web server).
  surfaces: ['cli'],
  patterns: [
    // The CLI and its plugins telling the user what their own login may not do (plugin-org, packaging,
    // apex-node): "You don't have permission to delete this sandbox", "… the appropriate permissions …".
    /\bYou (?:don[’']t|do not) have (?:the )?(?:appropriate |required |sufficient |necessary )?(?:"(?<permission>[^"\n]{1,80})" )?permissions?\b/i,
    /\bAsk your Salesforce admin to (?:grant|give) you\b/,
    /\bassign yourself the (?<permission>\w{1,80}) user permission\b/
  ],
  explanation:
    'The org accepted the login, but the user it belongs to may not do what the command asked: delete or create a sandbox or scratch org, read package metadata, run tests through the API. A profile or permission set of that user has to change, not the deployment.',
  remediation: [
    'Find the permission the message names and grant it to the CLI user with a permission set (in the production org for sandboxes, in the Dev Hub for scratch orgs and packages).',
    'Or log the pipeline in as the integration or admin user meant for this step.',
    'Check which user the step uses: `sf org display --target-org <alias>`.'
  ],
  docs: [
    'https://help.salesforce.com/s/articleView?id=sf.perm_sets_overview.htm&type=5',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_add_users.htm'
  ],
  retryable: false
})
