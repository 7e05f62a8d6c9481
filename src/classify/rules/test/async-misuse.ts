import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'async-misuse',
  category: 'test',
  title: 'Asynchronous Apex was started from a context that does not allow it',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /(?<detail>Future method cannot be called from a future or batch method)(?:: (?<method>[^\n(]+))?/,
    /(?<detail>Database\.executeBatch cannot be called from a batch start, batch execute, or future method)/,
    /(?<detail>No more than one executeBatch can be called from within a test ?method)/i
  ],
  explanation:
    'Salesforce restricts async nesting: a @future method cannot call another, batches cannot start batches from start/execute, and a test may run only one executeBatch, whose scope must fit a single chunk.',
  remediation: [
    'Check `System.isFuture()` / `System.isBatch()` before calling a future method, or use a Queueable instead.',
    'In tests, create no more records than the batch size so `Test.stopTest()` runs exactly one execute.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_batch_interface.htm'],
  retryable: false
})
