import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'tls-certificate-untrusted',
  category: 'auth',
  title: "The runner does not trust the certificate presented for Salesforce's host",
  surfaces: ['cli', 'log'],
  patterns: [
    /\bself[- ]signed certificate in certificate chain\b/i,
    /\bunable to get local issuer certificate\b/i,
    /\b(?:SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|UNABLE_TO_VERIFY_LEAF_SIGNATURE|DEPTH_ZERO_SELF_SIGNED_CERT)\b/,
    /\bPKIX path building failed\b/
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
