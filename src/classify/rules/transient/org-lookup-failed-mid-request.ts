import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-lookup-failed-mid-request',
  category: 'transient',
  title: 'The org could not be found while a request to it was in progress',
  surfaces: ['cli', 'log'],
  patterns: [
    /Metadata API request failed: The org cannot be found/,
    /Metadata API request failed:[^\n]{0,300}?getaddrinfo ENOTFOUND\b/
  ],
  explanation:
    "The CLI had already reached the org (the deploy or retrieve was accepted and being polled) when a lookup of its host name failed. The org exists; the runner's DNS or network dropped out for a moment.",
  remediation: [
    'Rerun the job; the deploy may even have finished: check it with `sf project deploy report --job-id <id>`.',
    "If it repeats, check the runner's DNS and proxy settings, and https://status.salesforce.com for the instance."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: true
})
