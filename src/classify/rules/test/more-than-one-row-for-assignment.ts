import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'more-than-one-row-for-assignment',
  category: 'test',
  title: 'A SOQL query assigned to a single record returned more than one row',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/List has more than 1 row for assignment to SObject/],
  explanation:
    'Code assigns a query result directly to one SObject variable, but the filter matched several records, for example because the test data or the org contains more than one match.',
  remediation: [
    'Make the query filter unique or add `LIMIT 1`, or query into a List and pick the right record.',
    'Check the test does not create duplicates of the record the code looks up.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_SOQL.htm'],
  retryable: false
})
