import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-background-job-in-progress',
  category: 'transient',
  title: 'A background job in the org is still changing {what}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /Cannot update or delete (?<what>a picklist) while a picklist background job is being executed/,
    /\b(?<what>\w+) background job is (?:being executed|in progress|still running)\b/
  ],
  explanation:
    'Salesforce is still applying an earlier change in the background (for example replacing picklist values across records), and it locks the metadata until that job ends.',
  remediation: [
    'Wait for the background job to finish (Setup > Background Jobs), then rerun the deploy.',
    'If this recurs on every deploy, split the picklist change into its own deployment.'
  ],
  docs: ['https://help.salesforce.com/s/articleView?id=sf.monitoring_background_jobs.htm&type=5'],
  retryable: true
})
