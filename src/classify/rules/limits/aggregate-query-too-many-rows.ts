import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'aggregate-query-too-many-rows',
  category: 'limits',
  title: 'A parent-child subquery returned too many child rows for direct assignment',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?<limit>Aggregate query has too many rows for direct assignment)/],
  explanation:
    'When a query with a child subquery returns more than about 200 child records for a parent, Apex cannot load them into a list by direct assignment; it must iterate them in chunks.',
  remediation: [
    'Iterate the child relationship with a `for (Child__c c : parent.Children__r)` loop instead of assigning it to a List.',
    'Or query the child object directly with a filter on the parent Id.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_loops_for_SOQL.htm'
  ],
  retryable: false
})
