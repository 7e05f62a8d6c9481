import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'deploy-options-invalid',
  category: 'metadata',
  title: 'The deploy options are not allowed for this org or API version: {detail}',
  surfaces: ['cli', 'log', 'component'],
  patterns: [
    /(?<detail>\brollbackOnError option must be true on a production org)/,
    /(?<detail>\bpurgeOnDelete option can only be used on a non-active org)/,
    /(?<detail>\btestLevel of NoTestRun cannot be used in production organizations\.?)/,
    /(?<detail>'[^'\n]*' is not a valid value for the enum '(?:TestLevel|testLevel)')/,
    /(?<detail>\bApex compilation must run tests on this production org)/,
    /(?<detail>\brunTests can only be used with a testLevel of RunSpecifiedTests)/,
    // source-deploy-retrieve refuses a test level newer than the API version of the deploy.
    /(?<detail>\bTestLevel cannot be '(?<testLevel>\w+)' unless API version is (?<apiVersion>[\d.]+) or later)/
  ],
  explanation:
    'The deploy was started with options that are refused: in production, partial success (rollbackOnError false), no tests, or purgeOnDelete (which erases deleted components at once and is for sandboxes and Developer Edition orgs only); anywhere, tests listed with a test level other than RunSpecifiedTests, or a test level newer than the API version the deploy uses, which the CLI checks before it sends anything.',
  remediation: [
    'On a production org, keep rollback on error (drop `--ignore-errors`) and run tests (`--test-level RunLocalTests` or `RunSpecifiedTests`), and leave out `--purge-on-delete`: deleted components go to the Recycle Bin there ({detail}).',
    'List tests (`--tests`) only with `--test-level RunSpecifiedTests`.',
    "For a test level newer than the API version, raise the version the deploy uses (`--api-version`, or `sf config set org-api-version`; unset it to use the org's own), or choose a test level that version knows."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdxcli.meta/sfdxcli/cli_reference_project_commands_unified.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy.htm'
  ],
  retryable: false
})
