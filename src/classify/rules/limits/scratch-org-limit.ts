import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'scratch-org-limit',
  category: 'limits',
  title: 'The Dev Hub has reached its {limit} limit',
  surfaces: ['cli', 'log'],
  patterns: [/reached its (?<limit>daily scratch org signup|active scratch org) limit/i],
  explanation:
    'A Dev Hub may create only so many scratch orgs per day and keep only so many active at once; CI that creates an org per run hits these limits.',
  remediation: [
    'List and delete scratch orgs you no longer need: `sf org list --all` then `sf org delete scratch --target-org <alias> --no-prompt`.',
    'Check the remaining allocation: `sf limits api display --target-org <devhub>` (DailyScratchOrgs, ActiveScratchOrgs).',
    "Reuse scratch orgs across CI runs, or ask Salesforce to raise the Dev Hub's allocation."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_editions_and_allocations.htm'
  ],
  retryable: false
})
