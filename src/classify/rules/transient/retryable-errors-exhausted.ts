import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'retryable-errors-exhausted',
  category: 'transient',
  title: 'The CLI gave up after {count} consecutive retryable errors while polling the deploy',
  surfaces: ['cli', 'log'],
  patterns: [
    /Exceeded maximum of (?<count>\d+) consecutive retryable errors\. Last error: (?<lastError>[^\n]*)/
  ],
  explanation:
    'While polling the deployment status the CLI met only network or server errors it treats as temporary ({lastError}) and stopped after its retry budget. The deployment itself may still be running or may have finished.',
  remediation: [
    'Check the deployment first: `sf project deploy report --job-id <0Af… id> --target-org <alias>`, or Setup > Deployment Status.',
    'If it did not complete, rerun the deploy; raise SF_METADATA_POLL_FREQUENCY or fix runner network/proxy issues if this keeps happening.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_dev_cli_env_variables.htm'
  ],
  retryable: true
})
