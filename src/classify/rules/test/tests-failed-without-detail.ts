import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'tests-failed-without-detail',
  category: 'test',
  title: 'Apex tests failed, but this output does not say which',
  surfaces: ['cli', 'log'],
  patterns: [
    /\bApexTestFailure\b/,
    /\bTests errors:[ \t]+[1-9]\d*/,
    /\b(?:force:apex:test:run|apex run test)\b[^\n]{0,300}\bexit code 100\b/
  ],
  explanation:
    'The deploy, test run or package upload reports failing Apex tests (sfdx exits with code 100 when tests fail), but this file holds only the summary, not the failures themselves.',
  remediation: [
    "Read the failures where they are: the test results the run wrote (`--output-dir`, `--result-format junit`), `sf apex get test --test-run-id <707… id>` or `sf project deploy report --job-id <0Af… id>`; for a first-generation package upload, the upload's failure email or Setup > Package Uploads.",
    'Upload that file as an artifact next to the log so the next triage can name the failing tests and their cause.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_apex_commands_unified.htm'
  ],
  retryable: false
})
