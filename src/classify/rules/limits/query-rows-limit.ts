import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'query-rows-limit',
  category: 'limits',
  title: 'Apex retrieved {count} rows in one transaction, over the governor limit ({limit})',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?:\b(?<namespace>\w+):)?(?<limit>Too many query (?:locator )?rows) ?: ?(?<count>\d+)/],
  explanation:
    'SOQL queries in one transaction may return at most 50,000 rows in total (10,000 through Database.getQueryLocator). An unfiltered query on a large object, or a test using SeeAllData or a data-heavy org, returns more than that.',
  remediation: [
    'Add selective WHERE clauses and a LIMIT to the query at the top of the stack trace.',
    'Process large volumes with Batch Apex, which gets a fresh limit for each chunk.',
    'In tests, avoid `@IsTest(SeeAllData=true)` and query only the records the test created.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
