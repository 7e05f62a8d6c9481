import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'callout-limit',
  category: 'limits',
  title: 'Apex made {count} HTTP callouts in one transaction, over the limit of 100',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?:\b(?<namespace>\w+):)?(?<limit>Too many callouts) ?: ?(?<count>\d+)/],
  explanation:
    'A transaction may make at most 100 HTTP or web service callouts. A callout per record, or a retry loop without a bound, uses them up.',
  remediation: [
    'Batch the work into fewer requests (send several records per callout).',
    'Move per-record callouts into a Queueable or Batch Apex job implementing `Database.AllowsCallouts`.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
