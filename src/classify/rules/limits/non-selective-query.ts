import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'non-selective-query',
  category: 'limits',
  title: 'A query in a trigger is not selective on an object with more than {count} rows',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?<limit>Non-selective query against large object type) \(more than (?<count>\d+) rows\)/],
  explanation:
    'In triggers, a SOQL query against an object with more than 200,000 records (100,000 in older orgs) must filter on an indexed field with a selective value. Filters on unindexed fields, null values or negative operators make the query non-selective and the platform refuses it.',
  remediation: [
    'Filter the query on indexed fields (Id, Name, lookups, external Ids, or fields with a custom index) and avoid `!=`, `NOT IN` and `= null` on large objects.',
    'Use the Query Plan tool in the Developer Console to check the query is selective.',
    'If no indexed filter fits, ask Salesforce Support for a custom index on the field.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_SOQL_VLSQ.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'
  ],
  retryable: false
})
