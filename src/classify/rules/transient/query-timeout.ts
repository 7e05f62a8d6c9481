import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'query-timeout',
  category: 'transient',
  title: 'A query ran out of time or its cursor was lost',
  surfaces: ['test', 'cli', 'log', 'component'],
  patterns: [
    /\bQUERY_TIMEOUT\b/,
    /Your query request was running for too long/,
    /Unable to complete the creation of the query cursor at this time/,
    /Failed while fetching query cursor data for this QueryLocator/
  ],
  explanation:
    "The database gave up on a query (about two minutes) or dropped the server-side cursor while results were being read. Load on the org's database makes this come and go; on large objects an unselective query makes it likely.",
  remediation: [
    'Rerun the deploy or test.',
    'If the same query keeps timing out, make it selective (filter on indexed fields, add LIMIT) or move the work to Batch Apex.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql.htm'
  ],
  retryable: true
})
