import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-email-disabled',
  category: 'dependency',
  title: 'The target org does not allow sending email',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /\bNO_(?:MASS|SINGLE)_MAIL_PERMISSION\b/,
    /\bSingle email is not enabled for your organization\b/,
    /\bThe organization is not permitted to send email\b/
  ],
  explanation:
    'Apex tried to send an email and the org refused: its email deliverability is set to "No access" (or "System email only"), which is the default in a sandbox after a refresh and in some scratch orgs, or the running user\'s profile may not send email. The code is not at fault; the target org\'s setting is.',
  remediation: [
    'In the target org, set Setup > Email > Deliverability > Access level to "All email"; for a sandbox or scratch org the pipeline creates, do it after each creation or refresh.',
    'Or make the tests independent of the setting: guard the send with `Messaging.reserveSingleEmailCapacity(1)` in a try block that catches `System.NoAccessException`, and skip sending when it is thrown.',
    'Then run the tests again.'
  ],
  docs: ['https://help.salesforce.com/s/articleView?id=sf.emailadmin_deliverability.htm&type=5'],
  retryable: false
})
