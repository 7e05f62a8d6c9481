import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'trigger-depth',
  category: 'limits',
  title: 'Triggers or flows kept firing each other until the maximum recursion depth was exceeded',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /(?<limit>maximum trigger depth exceeded)(?:\s+[\w.]+ trigger event (?<event>\w+))?/i,
    // Record-triggered flows that update their own object hit the same wall under their own status code.
    /\b(?<limit>MAX_DEPTH_IN_FLOW_EXECUTION)\b/,
    /\b(?<limit>Maximum flow depth exceeded)\b/i
  ],
  explanation:
    'A trigger (or a record-triggered flow) saved records that fired the same automation again, recursively, deeper than the platform allows (16 levels for triggers). It is a recursion bug: each save re-enters the automation without a guard.',
  remediation: [
    'Find the DML inside the trigger (or its handler) that updates records of the object that fired it.',
    'Add a recursion guard: a static Set of already-processed record Ids in the handler class.',
    'Where possible, set field values in a before trigger (or a before-save flow) instead of updating the records again after save.',
    'For flows, add entry conditions ("only when a record is updated to meet the condition requirements") so the update the flow makes does not start it again.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers.htm'],
  retryable: false
})
