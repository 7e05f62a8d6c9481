import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'heap-size-limit',
  category: 'limits',
  title: 'Apex heap size limit exceeded ({limit})',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /(?:\b(?<namespace>\w+):)?(?<limit>Apex heap size too large) ?: ?(?<count>\d+)/,
    /(?<limit>String length exceeds maximum) ?: ?(?<count>\d+)/,
    // A Database.Stateful batch carrying too much state from one chunk to the next.
    /(?<limit>Batchable instance is too big)\b/
  ],
  explanation:
    'A transaction may hold at most 6 MB of data in memory (12 MB asynchronously). Large query results kept in collections, big strings built from files or JSON, and serialising whole record sets are typical causes; a Database.Stateful batch that keeps too much state between chunks hits it as "Batchable instance is too big".',
  remediation: [
    'Use SOQL `for` loops so records are processed in chunks instead of held in one List.',
    'Select only the fields you need, clear collections once used, and avoid building very large strings or JSON in memory.',
    'Move file or bulk processing to Batch Apex, which gets 12 MB per chunk.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
