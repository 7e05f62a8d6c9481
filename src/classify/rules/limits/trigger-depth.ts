import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'trigger-depth',
  category: 'limits',
  title: 'Triggers kept firing each other until the maximum trigger depth (16) was exceeded',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?<limit>maximum trigger depth exceeded)(?:\s+[\w.]+ trigger event (?<event>\w+))?/i],
  explanation:
    'A trigger saved records that fired the same (or another) trigger again, recursively, more than 16 levels deep. It is a recursion bug: each save re-enters the trigger without a guard.',
  remediation: [
    'Find the DML inside the trigger (or its handler) that updates records of the object that fired it.',
    'Add a recursion guard: a static Set of already-processed record Ids in the handler class.',
    'Where possible, set field values in a before trigger instead of updating the records again after save.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers.htm'],
  retryable: false
})
