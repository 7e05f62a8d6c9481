import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'deploy-options-invalid',
  category: 'metadata',
  title: 'The deploy options are invalid together or for this API version: {detail}',
  surfaces: ['cli', 'log', 'component'],
  patterns: [
    /(?<detail>'[^'\n]*' is not a valid value for the enum '(?:TestLevel|testLevel)')/,
    /(?<detail>\brunTests can only be used with a testLevel of RunSpecifiedTests)/,
    // source-deploy-retrieve refuses a test level newer than the API version of the deploy.
    /(?<detail>\bTestLevel cannot be '(?<testLevel>\w+)' unless API version is (?<apiVersion>[\d.]+) or later)/
  ],
  explanation:
    'The deploy was started with options the Metadata API refuses whatever the org: a test level that is not one of its values (often an empty variable), tests listed with a test level other than RunSpecifiedTests, or a test level newer than the API version the deploy uses, which the CLI checks before it sends anything.',
  remediation: [
    'Print the test level the job passes and check it is one of NoTestRun, RunSpecifiedTests, RunLocalTests, RunAllTestsInOrg (or newer, with the API version to match).',
    'List tests (`--tests`) only with `--test-level RunSpecifiedTests`.',
    "For a test level newer than the API version, raise the version the deploy uses (`--api-version`, or `sf config set org-api-version`; unset it to use the org's own), or choose a test level that version knows."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdxcli.meta/sfdxcli/cli_reference_project_commands_unified.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy.htm'
  ],
  retryable: false
})
