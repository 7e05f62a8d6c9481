import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'deploy-job-not-in-cache',
  category: 'unknown',
  title: 'The CLI has no local record of the deploy job ({jobId|no id given})',
  surfaces: ['cli', 'log'],
  patterns: [
    /\bNo matching job found in cache for ID: (?<jobId>\S+)/,
    /\bNoMatchingJobIdError\b/,
    /\bNo job found for ID: (?<jobId>[^\s.]+)/,
    // sfdx's report command run with neither a job id nor a cached last deploy.
    /\bNo async deployment job ID found\b/,
    // plugin-source's report and cancel with neither a job id nor a deploy in the local history.
    /\bNo deploy ID was provided or found in deploy history\b/
  ],
  explanation:
    "`deploy report`, `deploy resume` and `deploy cancel` look up the job in the CLI's local cache, written by the `deploy start` or `validate` that began it. This step ran where that cache does not exist (another job, another runner, a fresh container), so the result of the deployment was never read.",
  remediation: [
    'Run the start and the report or resume in the same job, or pass the org along with the id: `sf project deploy report --job-id {jobId} --target-org <org>` reads the status from the org.',
    'Open Setup > Deployment Status in the org to see how the deployment really ended.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm'
  ],
  retryable: false
})
