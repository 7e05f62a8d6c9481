import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'future-calls-limit',
  category: 'limits',
  title: 'Apex invoked {count} @future methods in one transaction, over the limit of 50',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?:\b(?<namespace>\w+):)?(?<limit>Too many future calls) ?: ?(?<count>\d+)/],
  explanation:
    'A transaction may enqueue at most 50 @future calls. Calling a future method per record (often from a trigger) instead of once for the whole batch exceeds it.',
  remediation: [
    'Call the @future method once with a collection of record Ids instead of once per record.',
    'Consider a Queueable job, which can carry more state and be chained.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_invoking_future_methods.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'
  ],
  retryable: false
})
