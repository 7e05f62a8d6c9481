import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'stack-depth-limit',
  category: 'limits',
  title: 'Apex reached the maximum stack depth (unbounded recursion)',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?<limit>Maximum stack depth (?:has been )?reached)(?:: (?<count>\d+))?/],
  explanation:
    'The call stack grew past 1,000 frames, almost always because a method calls itself (or a trigger updates its own object) without a stopping condition. In Developer and scratch orgs the same text also caps the depth of chained Queueable jobs.',
  remediation: [
    'Read the repeating frames in the stack trace to find the recursive call.',
    'Add a base case, or a static guard (a static Set of processed Ids) so triggers do not re-enter for records already handled.',
    'If it comes from chained Queueables in a scratch or Developer org, limit the chain depth (AsyncOptions.MaximumQueueableStackDepth) or stop chaining in tests.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
