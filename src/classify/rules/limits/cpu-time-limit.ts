import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'cpu-time-limit',
  category: 'limits',
  title: 'Apex CPU time limit exceeded (10 s sync, 60 s async)',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?:\b(?<namespace>\w+):)?(?<limit>Apex CPU time limit exceeded)/i],
  explanation:
    'Code in one transaction used more than 10 seconds of CPU (60 seconds asynchronously). Nested loops over large collections, recursive triggers and several automations on the same object are the usual culprits; the frame where it stopped is just where the budget ran out.',
  remediation: [
    'Find the expensive code: run the failing test with a debug log at `APEX_PROFILING` level and read the limit usage summary.',
    'Replace nested loops with Maps keyed by Id, and stop triggers from re-running on their own updates.',
    'Move heavy work to a Queueable or Batch Apex job, or consolidate flows and triggers on the object.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
