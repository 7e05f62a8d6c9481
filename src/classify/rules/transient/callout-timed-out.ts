import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'callout-timed-out',
  category: 'transient',
  title: 'An Apex callout to an external service timed out',
  surfaces: ['test', 'cli', 'log', 'component'],
  patterns: [
    /System\.CalloutException: (?:IO Exception: )?(?<detail>Read timed out|connect timed out|Connection timed out|Connection reset|Unexpected end of file from server)/i,
    /IO Exception: (?<detail>Read timed out|connect timed out)/
  ],
  explanation:
    'The external endpoint did not answer in time (default 10 seconds, at most 120) or dropped the connection. That is a fault of the remote service or network at that moment, not of the Apex code, so we count it as transient.',
  remediation: [
    'Rerun; check the external service status if it repeats.',
    'In tests, never depend on a live endpoint: register a mock with `Test.setMock(HttpCalloutMock.class, ...)`.',
    'For slow services, raise the callout timeout with `req.setTimeout(...)` (max 120000 ms).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_callouts_timeouts.htm'
  ],
  retryable: true
})
