import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'dml-statements-limit',
  category: 'limits',
  title: 'Apex issued {count} DML statements in one transaction, over the governor limit of 150',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /(?:\b(?<namespace>\w+):)?(?<limit>Too many (?:publish immediate )?DML statements) ?: ?(?<count>\d+)/
  ],
  explanation:
    'A transaction may issue at most 150 DML statements (insert, update, delete, EventBus.publish of publish-immediate events…). DML inside a loop, or automation that saves records one at a time, exhausts the budget.',
  remediation: [
    'Find the DML statement inside a loop starting from the top frame of the stack trace.',
    'Collect the records in a List and run one DML statement for the whole list after the loop.',
    'Review triggers, flows and managed-package automation on the objects involved; each of them spends from the same 150.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
