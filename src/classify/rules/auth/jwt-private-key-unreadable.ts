import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'jwt-private-key-unreadable',
  category: 'auth',
  title: 'The JWT private key file could not be read',
  surfaces: ['cli', 'log'],
  patterns: [
    /Here's the error: (?:Error::)?ENOENT: no such file or directory, open '(?<keyFile>[^'\n]+)'/,
    /error:[0-9A-F]{8}:(?:PEM|DECODER|asn1 encoding|ASN1|RSA) routines:/i,
    /\bERR_OSSL_(?:UNSUPPORTED|PEM_NO_START_LINE|PEM_BAD_BASE64_DECODE)\b/,
    /secretOrPrivateKey must (?:have a value|be an asymmetric key)/
  ],
  explanation:
    'The JWT login signs its assertion with the private key given by --jwt-key-file. The file is missing, empty or not a PEM private key, which usually means the CI secret was not written to disk or its line breaks were mangled.',
  remediation: [
    'Check that the step writing the key runs before the login and that the path passed to --jwt-key-file exists on the runner.',
    'Store the key so its newlines survive (for example base64-encode the secret and decode it with `base64 -d > server.key`); the file must start with `-----BEGIN` and hold the private key, not the certificate.',
    'Retry the login: `sf org login jwt --client-id <consumer key> --jwt-key-file server.key --username <user> --instance-url <login URL>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_jwt_flow.htm'
  ],
  retryable: false
})
