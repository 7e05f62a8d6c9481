import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'trigger-exception-in-dml',
  category: 'test',
  title: 'Trigger {trigger} threw an exception while the test saved a record',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, (?<trigger>[\w.]+): execution of (?<event>\w+)\s+caused by: (?<inner>System\.\w+Exception: [^\n]*)/
  ],
  explanation:
    'A trigger on the record being saved threw an exception, so Salesforce rejected the insert or update with CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY. The real cause is the exception after "caused by", which decides the category.',
  remediation: [
    'Read the exception after "caused by:" and the trigger frames under it; fix that cause.',
    'Check whether the test creates everything the trigger expects (related records, custom settings, running user).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers_exceptions.htm'
  ],
  retryable: false,
  innerCapture: 'inner'
})
