import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'deploy-option-refused-by-production',
  category: 'unknown',
  title: 'Production refused a deploy option meant for sandboxes: {detail}',
  surfaces: ['cli', 'log', 'component'],
  patterns: [
    /(?<detail>\btestLevel of NoTestRun cannot be used in production organizations\.?)/,
    /(?<detail>\brollbackOnError option must be true on a production org)/,
    /(?<detail>\bpurgeOnDelete option can only be used on a non-active org)/,
    /(?<detail>\bApex compilation must run tests on this production org)/
  ],
  explanation:
    'The deploy reached a production org with an option only sandboxes and Developer Edition orgs accept: no tests, partial success (rollbackOnError false), or purgeOnDelete. Production always runs tests, rolls back on any error and keeps deleted components in the Recycle Bin. Nothing is known about the metadata itself: the pipeline chose the option, usually one job definition shared between sandbox and production targets.',
  remediation: [
    'Give production its own options: `--test-level RunLocalTests` (or `RunSpecifiedTests` with `--tests`), no `--ignore-errors`, no `--purge-on-delete`.',
    'If one job deploys to several orgs, pick the options from the target (a variable per environment) instead of reusing the sandbox ones.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdxcli.meta/sfdxcli/cli_reference_project_commands_unified.htm'
  ],
  retryable: false
})
