import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'queueable-jobs-limit',
  category: 'limits',
  title: 'More Queueable jobs enqueued or chained than Apex allows: {detail}',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /(?:\b(?<namespace>\w+):)?(?<detail>(?<limit>Too many queu?eable jobs added to the queue) ?: ?(?<count>\d+))/i,
    /(?<detail>(?<limit>Too many async jobs enqueued for this apex test context))/,
    // A Queueable that made a callout and then tried to chain another job (Salesforce Stack Exchange 70149).
    /(?<detail>(?<limit>Maximum callout depth has been reached))/
  ],
  explanation:
    'A synchronous transaction may enqueue up to 50 Queueable jobs, but a running Queueable or batch may enqueue only one, and a Queueable that has made a callout may be refused when it chains the next job ("Maximum callout depth"). Chaining or enqueuing per record from async code, or from a test that runs async code inside Test.startTest/stopTest, hits this.',
  remediation: [
    'Enqueue one job for the whole set of records instead of one per record.',
    'From asynchronous code, chain at most one job; check `Limits.getQueueableJobs()` against `Limits.getLimitQueueableJobs()` before enqueueing.',
    'In tests, skip chaining with `Test.isRunningTest()` or test each job separately.',
    'For "Maximum callout depth", make the callouts in one job and chain from a job that makes none (or from a Transaction Finalizer).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_queueing_jobs.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'
  ],
  retryable: false
})
