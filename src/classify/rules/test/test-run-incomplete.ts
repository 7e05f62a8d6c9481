import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'test-run-incomplete',
  category: 'test',
  title: 'The Apex test run did not complete ({detail})',
  surfaces: ['cli', 'log', 'test'],
  patterns: [
    /(?<detail>Test run (?<testRunId>707\w+) (?:is |was )?aborted)/i,
    /(?<detail>No test results were found (?:in the queue )?for test run (?<testRunId>707\w+))/
  ],
  explanation:
    'The test run was aborted (by a user, a newer run, or the platform) or produced no results, so the outcome of the tests is unknown.',
  remediation: [
    'Check the run in Setup > Apex Test Execution, or `sf apex get test --test-run-id {testRunId} --target-org <org>`.',
    'Start the run again; if it keeps aborting, run the classes in smaller groups.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_apex_commands_unified.htm'
  ],
  retryable: false
})
