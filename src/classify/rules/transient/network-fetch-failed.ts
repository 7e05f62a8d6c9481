import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'network-fetch-failed',
  category: 'transient',
  title: 'An HTTP request from the CLI failed at the network level (fetch failed)',
  surfaces: ['cli', 'log'],
  patterns: [
    /\bfetch failed\b/,
    /request to (?<url>\S+) failed, reason:/,
    /Network error occurred\./,
    /\bFetchError\b/,
    /Metadata API request failed:\s*$/
  ],
  explanation:
    "Node's HTTP client could not complete a request to the org (connection refused or reset, TLS or proxy failure). The CLI reports it as a TypeError with exit code 10, which looks like a CLI bug but is a network fault.",
  remediation: [
    'Rerun the command (for a deploy, first check `sf project deploy report` in case it went through).',
    "If it repeats, run it with `SF_LOG_LEVEL=debug` to see the underlying cause, and check the runner's proxy (HTTPS_PROXY, NODE_EXTRA_CA_CERTS) and the org URL."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: true
})
