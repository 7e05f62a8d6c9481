import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'async-job-queue-limit',
  category: 'limits',
  title: 'The org has no room for more asynchronous Apex jobs ({limit})',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /(?<limit>exceeded the limit of (?<count>\d+) jobs in the flex queue)/,
    /(?<limit>too many concurrent batch jobs in this org)/i,
    /(?<limit>exceeded the maximum number \((?<count>\d+)\) of Apex scheduled jobs)/
  ],
  explanation:
    'Batch, scheduled and queued jobs share org-wide caps (100 jobs in the flex queue, 100 scheduled jobs, 5 batches processing at once). Code that submits jobs per record, or leftover scheduled jobs, fill them.',
  remediation: [
    'Check the queue in Setup > Apex Jobs and Scheduled Jobs; abort jobs that are stuck or no longer needed.',
    "Submit one batch for the whole data set instead of one per record, and check `[SELECT COUNT() FROM AsyncApexJob WHERE Status IN ('Holding','Queued','Preparing','Processing')]` before submitting."
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
