import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'network-connection-reset',
  category: 'transient',
  title: 'The network connection to Salesforce was dropped',
  surfaces: ['cli', 'log', 'test'],
  patterns: [
    /\bECONNRESET\b/,
    /\bsocket hang up\b/,
    /Client network socket disconnected before secure TLS connection was established/,
    /forcibly closed by the remote host/,
    /\bUND_ERR_SOCKET\b/,
    /\bother side closed\b/,
    // node-fetch's words (ERR_STREAM_PREMATURE_CLOSE) when the response body stops before its end.
    /\b(?:Premature close|ERR_STREAM_PREMATURE_CLOSE)\b/,
    /\bEPIPE\b/,
    /\bECONNREFUSED\b/,
    // A retrieved zip that ends early: the download was cut off before its last bytes.
    /\bInvalid or unsupported zip format\. No END header found\b/,
    /\bConnection exception encountered while executing query\b/,
    /\bconnection was cancelled here\b/
  ],
  explanation:
    'The TCP or TLS connection between the runner and Salesforce was closed mid-request, by the network, a proxy or the server. Long deploys see this occasionally; the org itself is fine.',
  remediation: [
    'Rerun the command (for a deploy, first check `sf project deploy report` in case it went through).',
    "If it happens often, check the runner's proxy/firewall idle timeouts and HTTPS_PROXY settings."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: true
})
