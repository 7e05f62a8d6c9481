import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'test-selection-missing',
  category: 'unknown',
  title: 'The test run was started without saying which tests to run',
  surfaces: ['cli', 'log', 'test'],
  patterns: [
    /\bAlways provide a classes, suites, tests, or testLevel property\b/,
    /\brunTests must not be empty when a testLevel of RunSpecifiedTests is used\b/
  ],
  explanation:
    'Salesforce refused to start the run because the request named no tests and no test level: an empty `--tests`/`--class-names` list (often a variable that a previous step left empty, such as the output of a delta tool), or an old CLI that dropped the test level. Nothing about the code is known from this.',
  remediation: [
    'Print the test selection in the job and check it is not empty: `--tests`, `--class-names`, `--suite-names` or `--test-level`.',
    'When a delta step finds no test classes, fall back to `--test-level RunLocalTests` (or skip the test step) instead of passing an empty list.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_apex_commands_unified.htm'
  ],
  retryable: false
})
