import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'queueable-jobs-limit',
  category: 'limits',
  title: 'Too many Queueable jobs enqueued in one transaction ({count})',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /(?:\b(?<namespace>\w+):)?(?<limit>Too many queu?eable jobs added to the queue) ?: ?(?<count>\d+)/i,
    /(?<limit>Too many async jobs enqueued for this apex test context)/
  ],
  explanation:
    'A synchronous transaction may enqueue up to 50 Queueable jobs, but a running Queueable or batch may enqueue only one. Chaining or enqueuing per record from async code, or from a test that runs async code inside Test.startTest/stopTest, hits this.',
  remediation: [
    'Enqueue one job for the whole set of records instead of one per record.',
    'From asynchronous code, chain at most one job; check `Limits.getQueueableJobs()` against `Limits.getLimitQueueableJobs()` before enqueueing.',
    'In tests, skip chaining with `Test.isRunningTest()` or test each job separately.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_queueing_jobs.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'
  ],
  retryable: false
})
