import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'deploy-client-timeout',
  category: 'transient',
  title: 'The CLI stopped waiting, but the operation may still be running in the org',
  surfaces: ['cli', 'log'],
  patterns: [
    /The command has timed out, although the \w+ is still running/,
    /did not complete within the specified wait time \[(?<minutes>\d+) minutes?\]/,
    /\bClientTimeoutError\b/,
    /The client has timed out\./,
    /\bCLIError: timed out\b/,
    /Unknown error in Apex Library: timed out/,
    /\bPolling time out\b/,
    // The sfdx toolbelt giving up on a package upload or other job it polls.
    /\bStopped waiting for [\w ]{1,60}? to finish\. Wait time exceeded\b/,
    /The deploy is (?:in progress|pending)\./,
    /took longer than the specified wait time\. Wait time in minutes \((?<minutes>\d+)\) exceeded/,
    /\bThe deploy is still in the Queue\b/i,
    // sf's summary of a deploy it stopped watching before Salesforce started it.
    /\bDeployed \d+\/\d+ components? to \S+ in [^\n]{1,40}? with status (?<status>QUEUED|Queued|Pending|InProgress)\b/
  ],
  explanation:
    'The --wait time ran out before Salesforce finished, so the CLI returned without a result. Nothing failed yet: the deployment or test run continues in the org and may still succeed.',
  remediation: [
    'Watch it to the end: `sf project deploy resume --job-id <0Af… id>` or `sf project deploy report --job-id <0Af… id>` (for tests, `sf apex get test --test-run-id <707… id>`).',
    'Give the step a longer --wait (in minutes) so the pipeline waits for the real outcome.',
    'If deploys queue behind each other, serialise pipeline runs per target org.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm'
  ],
  retryable: true
})
