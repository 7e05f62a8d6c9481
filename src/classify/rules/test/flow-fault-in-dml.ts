import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'flow-fault-in-dml',
  category: 'test',
  title: 'A flow or process failed while the test saved a record',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /the (?:"|â€œ)(?<flow>[^"â\n]+)(?:"|â€\S?) process failed\. Give your Salesforce admin these details/,
    /(?<code>CANNOT_EXECUTE_FLOW_TRIGGER), (?<detail>[^\n]*)/
  ],
  explanation:
    'A record-triggered flow or Process Builder process on the object hit an unhandled fault when the test inserted or updated a record, so the save was rolled back. The flow usually assumes data or settings the test did not create.',
  remediation: [
    'Read the flow fault details in the message (element and error) or open the flow’s failed interview in Setup > Paused and Failed Flow Interviews.',
    'Give the test the data the flow needs, or add a fault path to the flow.',
    'Debug the flow with the same record values in Flow Builder to reproduce it.'
  ],
  docs: ['https://help.salesforce.com/s/articleView?id=sf.flow_troubleshoot.htm&type=5'],
  retryable: false
})
