import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'jwt-key-decrypt-failed',
  category: 'auth',
  title: 'The pipeline could not decrypt the key it logs in with',
  surfaces: ['cli', 'log'],
  patterns: [
    // OpenSSL's words for a decryption whose passphrase, key, IV or digest does not match the one the file
    // was encrypted with: the step that turns server.key.enc back into the JWT private key.
    /(?:^|:\s{1,10})bad decrypt$/m,
    /\bEVP_DecryptFinal_ex:bad decrypt\b/
  ],
  explanation:
    'Pipelines keep the private key of the JWT login encrypted in the repository and decrypt it with `openssl enc -d` before `sf org login jwt`. OpenSSL could not decrypt it: the key or IV secret differs from the one the file was encrypted with, or the file was encrypted under an OpenSSL with a different default digest (OpenSSL 1.1 moved from MD5 to SHA-256), so the login that follows has no key.',
  remediation: [
    'Check that the decryption secrets the job passes (key, IV or passphrase) are the ones the file was encrypted with, and that they reach this step.',
    "If the file was encrypted with an older OpenSSL, decrypt with `-md md5`, or re-encrypt the key on the runner's OpenSSL with `-md sha256` (or `-pbkdf2`) and store the new file and secret.",
    'Then run the login step again.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_key_and_cert.htm'
  ],
  retryable: false
})
