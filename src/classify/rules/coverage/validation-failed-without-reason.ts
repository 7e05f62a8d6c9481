import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'validation-failed-without-reason',
  category: 'coverage',
  title: 'Deployment {deployId} failed without a stated reason (usually code coverage)',
  surfaces: ['cli', 'log'],
  patterns: [
    /Failed to (?:validate|deploy) the deployment \((?<deployId>0Af\w+)\)\.(?:\s*Due To:)?\s*$/
  ],
  explanation:
    'The CLI reported the deploy as failed but listed no component error or test failure. In practice that means the tests passed and code coverage (Apex or flow) was below the requirement, or a CLI bug dropped the reason.',
  remediation: [
    'Read the full result: `sf project deploy report --job-id {deployId} --json` and check details.runTestResult.codeCoverageWarnings, flowCoverageWarnings and failures.',
    'If coverage is the cause, add tests for the classes listed there and deploy again.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm'],
  retryable: false
})
