import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'tls-certificate-untrusted',
  category: 'auth',
  title: "The runner does not trust the certificate presented for Salesforce's host",
  surfaces: ['cli', 'log'],
  patterns: [
    // Node's own reasons, as the CLI prints them; npm and git print the same words after their prefixes.
    /(?<!npm ERR![^\n]{0,200})(?<!SSL certificate problem: )\b(?:self[- ]signed certificate in certificate chain|unable to get local issuer certificate|unable to verify the first certificate)\b/i,
    // The Ant migration tool's JVM, calling a Salesforce host.
    /\bSSLHandshakeException invoking https:\/\/[\w.-]{1,200}\.(?:salesforce|force)\.com\b[^\n]{0,200}?PKIX path building failed/
  ],
  explanation:
    'The HTTPS connection to the org or the login server was refused on the runner itself: the certificate chain it was shown does not lead to a root the runner trusts. That is almost always a corporate proxy or security agent re-signing HTTPS traffic. No login or API call can succeed until the runner trusts that root, so rerunning does not help.',
  remediation: [
    "Get the proxy's root certificate (PEM) from whoever runs the network and give it to the CLI step: `NODE_EXTRA_CA_CERTS=/path/to/root.pem` (for the Ant migration tool, import it into the JVM's truststore).",
    'Do not set `NODE_TLS_REJECT_UNAUTHORIZED=0` in CI: it turns off certificate checking for every host the job talks to.'
  ],
  docs: [
    'https://nodejs.org/api/cli.html#node_extra_ca_certsfile',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: false
})
