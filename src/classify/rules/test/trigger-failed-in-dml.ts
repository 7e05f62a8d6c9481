import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'trigger-failed-in-dml',
  category: 'test',
  title: 'Trigger or automation {trigger} rejected the record the test saved',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, (?<trigger>[\w.]+): (?<detail>[^\n]*)/],
  explanation:
    'Saving a record ran a trigger (or other automation) that threw, so Salesforce rejected the insert or update with CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY. The message names the trigger and the event; the exception it threw follows "caused by" in the full message or stack trace.',
  remediation: [
    'Open the full test failure (message and stack trace) and read the exception after "caused by:".',
    'Check whether the test creates everything the trigger expects (related records, custom settings, running user).',
    'Re-run just this test with a debug log: `sf apex run test --tests {testName} --synchronous --target-org <org>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers_exceptions.htm'
  ],
  retryable: false
})
