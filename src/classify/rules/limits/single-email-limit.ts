import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'single-email-limit',
  category: 'limits',
  title: "The org's daily email limit is used up ({code})",
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /(?<code>(?:SINGLE|MASS)_(?:EMAIL|MAIL)_LIMIT_EXCEEDED)/,
    // What `Messaging.reserveSingleEmailCapacity` throws when the day's allowance would be passed.
    /(?<code>The daily limit for the org would be exceeded by this request)/
  ],
  explanation:
    'Each org may send a limited number of emails from Apex per day (only 15 in Developer Edition and scratch orgs). Once it is spent, every `Messaging.sendEmail` call fails until the 24-hour window rolls over.',
  remediation: [
    'Reserve capacity before sending with `Messaging.reserveSingleEmailCapacity(n)` and handle the failure gracefully.',
    'Do not send real emails from tests or sandboxes; set Email Deliverability to "System email only" there.',
    'Wait for the daily allowance to reset, or check usage with `sf org list limits --target-org <org>` (SingleEmail).'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
