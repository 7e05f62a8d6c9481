import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-lookup-failed-mid-request',
  category: 'auth',
  title: 'The org could not be found while a request to it was in progress',
  surfaces: ['cli', 'log'],
  patterns: [
    /Metadata API request failed: The org cannot be found/,
    /Metadata API request failed:[^\n]{0,300}?getaddrinfo ENOTFOUND\b/
  ],
  // Engineers read an org that cannot be found as a login problem (five readings of six), even when the
  // lookup failed after the deploy was accepted, so this is auth; the advice still starts with a rerun.
  explanation:
    "The CLI had already reached the org (the deploy or retrieve was accepted and being polled) when a lookup of its host name failed. Most often the runner's DNS or network dropped out for a moment; otherwise the org's My Domain changed or the org was deleted during the run.",
  remediation: [
    'Rerun the job; the deploy may even have finished: check it with `sf project deploy report --job-id <id>`.',
    "If it repeats, check that the org still exists and answers at the stored instance URL (`sf org display --target-org <alias>`), then the runner's DNS and proxy settings, and https://status.salesforce.com for the instance."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: false
})
