import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'network-timeout',
  category: 'transient',
  title: 'A network request to Salesforce timed out',
  surfaces: ['cli', 'log'],
  patterns: [
    /connect ETIMEDOUT (?<address>[\d.:a-fA-F]+)/,
    /\bE(?:SOCKET)?TIMEDOUT\b/,
    /The user aborted a request\./,
    // The same abort through Node's own fetch: the DOMException texts of AbortSignal.timeout() and of an
    // aborted request.
    /\bThe operation was aborted due to timeout\b/,
    /\bThis operation was aborted\b/,
    /\b(?:TLS handshake|Socket|socket|Connection|connection) timeout\b/,
    /\bUND_ERR_(?:CONNECT|HEADERS|BODY)_TIMEOUT\b/,
    /\b(?:Connect|Headers|Body) Timeout Error\b/
  ],
  explanation:
    'A single HTTP request from the CLI got no answer in time: the network path, a proxy or a busy org was slow. Newer CLIs also abort requests that exceed their HTTP timeout, which shows up as "The user aborted a request."',
  remediation: [
    'Rerun the command (for a deploy, first check `sf project deploy report` in case it went through).',
    "If it keeps happening, check the runner's network/proxy, and for very large deploys raise the HTTP timeout (HTTP_TIMEOUT) or split the deployment."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: true
})
