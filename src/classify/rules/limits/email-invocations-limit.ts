import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'email-invocations-limit',
  category: 'limits',
  title: 'Apex called Messaging.sendEmail {count} times in one transaction, over the limit of 10',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?:\b(?<namespace>\w+):)?(?<limit>Too many Email Invocations) ?: ?(?<count>\d+)/i],
  explanation:
    'A transaction may call Messaging.sendEmail at most 10 times. Sending one email per record instead of passing a list of messages to a single call exceeds it.',
  remediation: [
    'Build a List<Messaging.SingleEmailMessage> and send it with one `Messaging.sendEmail(list)` call.',
    'Move large mailings to Batch Apex so each chunk has its own budget.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
