import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-api-versions-unavailable',
  category: 'auth',
  title: 'The stored org URL no longer answers like a Salesforce org',
  surfaces: ['cli', 'log'],
  patterns: [/Org failed to respond with its list of API versions/, /Connection has no instanceUrl/],
  explanation:
    'The CLI asks the org which API versions it supports before the first call. The stored instance URL did not answer, which usually follows a My Domain change or enabling enhanced domains, or a hand-built auth without an instance URL.',
  remediation: [
    'Log out and log in again so the CLI stores the current My Domain URL: `sf org logout --target-org <alias> --no-prompt` then `sf org login ...`.',
    "If the pipeline builds auth from parts, make sure it passes the org's My Domain URL as the instance URL."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: false
})
