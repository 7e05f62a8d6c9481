import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'governor-limit-other',
  category: 'limits',
  title: 'An Apex governor limit was exceeded: {limit}',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /LimitException: (?:(?<namespace>\w+):)?(?<limit>[^\n]+)/,
    /\b(?<limit>Too many (?!requests\b)[a-zA-Z ]{3,60}?) ?: ?(?<count>\d+)/,
    // The retired script-statement limit, in lower case as old orgs printed it.
    /\b(?<limit>too many script statements): (?<count>\d+)/i
  ],
  explanation:
    'Apex enforces per-transaction governor limits; this one cannot be caught with try/catch, so the transaction (and the test running it) stops at the statement that exceeded it.',
  remediation: [
    'Open the top frame of the stack trace and find what is being repeated (usually work inside a loop).',
    'Bulkify: do the operation once for the whole collection, or move the work to asynchronous Apex.',
    'Use the `Limits` class (e.g. `Limits.getQueries()`) or a debug log to see which limit climbs and where.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
