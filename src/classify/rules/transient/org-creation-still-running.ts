import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-creation-still-running',
  category: 'transient',
  title: 'The CLI stopped waiting before the new {org|org} was ready',
  surfaces: ['cli', 'log'],
  patterns: [
    // plugin-org's scratch org timeout, and sfdx-core's sandbox one (SandboxCreateNotCompleteError).
    /\bThe (?<org>scratch org) did not complete within your wait time\b/,
    /\bThe (?<org>sandbox) creation has not completed\b/,
    /\bSandboxCreateNotCompleteError\b/
  ],
  explanation:
    'Creating a scratch org or a sandbox is a request the Dev Hub or production org carries out on its own schedule; the --wait time ran out before it finished. Nothing failed: the org is still being created and can be picked up where the CLI left off.',
  remediation: [
    'Pick the request up again: `sf org resume scratch --job-id <2SR… id>` or `sf org resume sandbox --name <sandbox> --target-org <production alias>`.',
    'Give the creation step a longer --wait; sandboxes can take hours, scratch orgs with many features several minutes.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm'
  ],
  retryable: true
})
