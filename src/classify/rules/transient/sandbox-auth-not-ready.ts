import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'sandbox-auth-not-ready',
  category: 'transient',
  title: 'The new or refreshed sandbox is not ready to accept logins yet',
  surfaces: ['cli', 'log'],
  patterns: [
    /the authentication endpoint is not ready yet/,
    /Sandbox status is (?<status>\w+); timed out waiting for completion/
  ],
  explanation:
    'Sandbox creation and refresh finish in stages: the copy completes before its login endpoint answers. The CLI stopped waiting before the sandbox was usable.',
  remediation: [
    'Wait a few minutes and resume: `sf org resume sandbox --name <sandbox> --target-org <production alias>`.',
    'Give sandbox creation a longer --wait in the pipeline.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm'
  ],
  retryable: true
})
