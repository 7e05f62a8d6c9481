import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'dml-rows-limit',
  category: 'limits',
  title: 'Apex tried to save {count} rows in one transaction, over the governor limit of 10,000 DML rows',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?:\b(?<namespace>\w+):)?(?<limit>Too many DML rows) ?: ?(?<count>\d+)/],
  explanation:
    'All DML statements in a transaction together may touch at most 10,000 records. Large data sets, cascading updates from triggers or roll-ups, and tests that create far more data than needed reach it.',
  remediation: [
    'Move bulk processing of large volumes to Batch Apex or a Queueable so each chunk runs in its own transaction.',
    'In tests, create only the records the assertion needs.',
    'Look for automation (roll-ups, triggers, flows) that multiplies the rows saved by each record.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_batch_interface.htm'
  ],
  retryable: false
})
