import { defineRule } from '../../define-rule.js'
import { MISSING_WORDING } from '../missing-wording.js'

// The org a command runs against, in the words the CLI uses when it cannot find it. Not a sandbox (see
// org-item-missing-unrecognised) and not a bare "org": "not found in the org" is about something in it.
const TARGET_ORG = String.raw`(?:scratch org|(?:target )?username|alias)`

export default defineRule({
  id: 'target-org-missing-unrecognised',
  category: 'auth',
  title: 'The CLI cannot find the {item|org} it should use',
  surfaces: ['cli'],
  patterns: [
    // "The username <u> was not found for scratch org <id>", "That target username doesn’t exist"
    new RegExp(String.raw`\b(?<item>${TARGET_ORG})\b[^.\n]{0,60}?\b${MISSING_WORDING}\b`, 'i'),
    // "Unable to find a scratch org with username <u>"
    new RegExp(String.raw`\b${MISSING_WORDING} (?:an? |the )?(?<item>${TARGET_ORG})\b`, 'i'),
    // "No org or connection found"
    /\bno (?<item>org|scratch org)(?: or connection)? (?:was )?found\b/i
  ],
  explanation:
    'No specific rule knows this message, but the command could not find the org, scratch org or username it was told to use: the login was never made on this runner, was made under another alias, or the scratch org has expired or been deleted.',
  remediation: [
    'List what the runner knows: `sf org list --all`; the alias or username the step passes (`--target-org`, `target-org` config) must be among them.',
    'Log in earlier in the same job (the login step may have failed or run in another job), or create the scratch org again if it has expired.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth.htm'],
  retryable: false
})
