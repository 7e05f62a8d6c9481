import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'component-errors-not-shown',
  category: 'unknown',
  title: '{count} component error(s), but the CLI did not print them',
  surfaces: ['cli', 'log'],
  patterns: [/Due To:\s*(?<count>\d+) component error\(s\)\s*$/],
  explanation:
    "The deploy failed on components, yet the CLI's message holds only their count; some CLI versions drop the component problems from `sf project deploy validate` output. The problems are stored with the deploy in the org.",
  remediation: [
    'Read the component failures: `sf project deploy report --job-id <deploy id> --json` (details.componentFailures), or open Setup › Deployment Status.',
    'Update the Salesforce CLI and keep `--json` output in the artifact, so the next failure lists its components.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm'
  ],
  retryable: false
})
