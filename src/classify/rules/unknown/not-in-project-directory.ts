import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'not-in-project-directory',
  category: 'unknown',
  title: 'The command ran outside the Salesforce DX project',
  surfaces: ['cli', 'log'],
  patterns: [
    /This command is required to run from within an? (?:Salesforce )?(?:SFDX )?project directory/i,
    /(?<path>[^\s'"]{1,300}) does not contain a valid Salesforce DX project/i,
    /\bInvalidProjectWorkspaceError\b/,
    /\bRequiresProjectError\b/
  ],
  explanation:
    'The CLI looks for sfdx-project.json in the working directory and its parents, and found none, so the command stopped before reaching the org. The job ran in the wrong folder (a missing checkout, a `working-directory` or `cd` that points elsewhere, a monorepo path), so nothing is known yet about the deployment itself.',
  remediation: [
    'Print the working directory and its files in the failing step (`pwd && ls`) and check that sfdx-project.json is there.',
    "Check out the repository before the step (`actions/checkout`) and run the command from the project root, or set the step's `working-directory` to it.",
    'Run the job again; the real deploy result comes after this is fixed.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_ws_config.htm'],
  retryable: false
})
