import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'soql-queries-limit',
  category: 'limits',
  title: 'Apex issued {count} SOQL queries in one transaction, over the governor limit (100 sync, 200 async)',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?:\b(?<namespace>\w+):)?(?<limit>Too many SOQL queries) ?: ?(?<count>\d+)/],
  explanation:
    'A single transaction may run at most 100 SOQL queries (200 in asynchronous Apex). A query inside a loop, or triggers and flows that re-query for every record, usually push the count past the limit; the number reported is the first query over it.',
  remediation: [
    'Open the top frame of the stack trace and look for a SOQL query inside a `for` loop or a method called per record.',
    'Query once for all records (collect Ids into a Set, query with `WHERE Id IN :ids`) and work from a Map.',
    'Check other automation on the same object (triggers, record-triggered flows, managed packages) that adds queries to the same transaction; use `Limits.getQueries()` to find where the count climbs.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm',
    'https://help.salesforce.com/s/articleView?id=000386220&language=en_US'
  ],
  retryable: false
})
