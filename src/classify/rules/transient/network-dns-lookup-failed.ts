import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'network-dns-lookup-failed',
  category: 'transient',
  title: 'DNS lookup of {host} failed ({code})',
  surfaces: ['cli', 'log'],
  patterns: [/getaddrinfo (?<code>ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]+)/],
  explanation:
    'The runner could not resolve the host name while the command was already talking to the org (a Salesforce org host that does not resolve, or any lookup failing during a login, is reported as an auth problem instead). EAI_AGAIN is a temporary resolver failure; ENOTFOUND mid-operation is usually a flaky DNS on the runner, but if it repeats, the host name itself is wrong.',
  remediation: [
    'Rerun the job.',
    "If it repeats, check that the runner's DNS and proxy can resolve {host} (`nslookup {host}` in a step before)."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: true
})
