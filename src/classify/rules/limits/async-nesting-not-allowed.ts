import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'async-nesting-not-allowed',
  category: 'limits',
  title: 'Asynchronous Apex was started from a context that does not allow it',
  surfaces: ['test', 'cli', 'log', 'component'],
  patterns: [
    /(?<detail>Future method cannot be called from a future or batch method)(?:: (?<method>[^\n(]+))?/,
    /(?<detail>Database\.executeBatch cannot be called from a batch start, batch execute, or future method)/
  ],
  explanation:
    "Salesforce limits how asynchronous Apex nests: a @future method cannot be called from another future method or from a batch, and a batch cannot be started from a batch's start or execute or from a future method. The code hits this the moment it runs in such a context, in a test or in production.",
  remediation: [
    'Guard the call with `System.isFuture()` / `System.isBatch()`, or move the work to a Queueable, which may enqueue one more job.',
    "To chain batches, start the next one from the batch's `finish` method."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_invoking_future_methods.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_batch_interface.htm'
  ],
  retryable: false
})
