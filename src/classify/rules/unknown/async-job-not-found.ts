import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'async-job-not-found',
  category: 'unknown',
  title: 'The CLI could not find the job it was asked to follow ({jobId|no id given})',
  surfaces: ['cli', 'log'],
  // Each sentence is the CLI's own, from its message files (the deploy job has a rule of its own,
  // deploy-job-not-in-cache): what is missing is a job id, not anything in the org or the project.
  patterns: [
    /\bCan[’']t find a bulk job with ID (?<jobId>\w{15,18})\b/,
    /\bUnable to find batch \w{15,18} for job (?<jobId>\w{15,18})\b/,
    /\bCould not find a cache entry for job ID (?<jobId>\w{15,18})\b/,
    /\bNo test run job ID found\b/,
    /\bTest run job ID not found: (?<jobId>\w{15,18})\b/,
    /\bThe provided package install request ID: \[(?<jobId>\w{15,18})\] could not be found\b/,
    /\bThe ScratchOrgInfoId (?<jobId>\w{15,18}) was not found in the cache\b/,
    /\bCouldn[’']t find a sandbox creation request using the provided sandbox name or job ID\b/,
    /\bCan[’']t find the job ID\. Verify that a pipeline promotion has been started\b/,
    /\bCould not find a runId to resume\b/
  ],
  explanation:
    'A command that reports on, resumes or waits for an asynchronous job (a bulk data job, a test run, a package install, a scratch org or sandbox request, a promotion, an agent test run) could not find it: the id is wrong or belongs to another org, or the command looked in the CLI’s local cache, which only the runner that started the job has. Nothing is known yet about how the job itself ended.',
  remediation: [
    'Pass the id the starting command printed (`--job-id`), with the same target org, or run the start and the report in the same job so that the local cache is there.',
    'To see how the job really ended, open it in the org (Setup > Bulk Data Load Jobs, Apex Test Execution, Installed Packages, or the sandbox and scratch org lists of the production org or Dev Hub).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_data_commands_unified.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_apex_commands_unified.htm'
  ],
  retryable: false
})
