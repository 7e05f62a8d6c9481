import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'sosl-limit',
  category: 'limits',
  title: 'Apex ran {count} SOSL searches in one transaction, over the limit of 20',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?:\b(?<namespace>\w+):)?(?<limit>Too many SOSL queries) ?: ?(?<count>\d+)/],
  explanation: 'A transaction may run at most 20 SOSL searches; a search inside a loop exceeds it.',
  remediation: [
    'Move the `FIND` / `Search.query` call out of the loop and search once for all terms.',
    'Cache search results in a Map if the same term is searched repeatedly.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
