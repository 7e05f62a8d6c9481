import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'auth-command-failed-unrecognised',
  category: 'auth',
  title: 'The login step failed: {command}',
  surfaces: ['cli', 'log'],
  patterns: [
    /\bERROR running (?<command>(?:force:)?auth:[\w:]+):/,
    /\bError running (?<command>(?:org login|org:login)[\w: -]{0,40}?):/i
  ],
  explanation:
    'The command that failed is the one that authorises the CLI against the org, so whatever the message says (often a CLI error such as a TypeError), the job has no usable org connection and every later step will fail too.',
  remediation: [
    'Check the secret the step reads (SFDX auth URL, JWT key, client id, username) is present in this job and not empty or truncated.',
    'Run the same login locally with the same secret; if it works there, update the CLI on the runner.',
    'Re-create the secret: `sf org display --verbose --target-org <alias>` prints a fresh SFDX auth URL.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_sfdxurl.htm'
  ],
  retryable: false
})
