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
    'Pipelines keep the private key of the JWT login encrypted in the repository and decrypt it with `openssl enc -d` before `sf org login jwt`. OpenSSL could not decrypt it, so the login that follows has no key. Either the secret is not the one the file was encrypted with (the key and IV of `-K`/`-iv`, or the passphrase of `-k`/`-pass`), or the file itself changed: stored as base64 but decrypted as binary (or the reverse), cut short, or rewritten with other line endings ("wrong final block length"). With a passphrase, a file encrypted under OpenSSL 1.0 also fails on 1.1 and later, which hash the passphrase differently.',
  remediation: [
    'Check that the decryption secrets the job passes are the ones the file was encrypted with, and that they reach this step unchanged.',
    'Check that the file is decrypted as it was encrypted: with `-base64` (or `-a`) if it was stored as base64, and that git does not rewrite its line endings (mark it binary in .gitattributes).',
    'With a passphrase and a file from an old OpenSSL, decrypt with `-md md5`, or re-encrypt the key on the runner’s OpenSSL (with `-pbkdf2`) and store the new file and secret.',
    'Then run the login step again.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_key_and_cert.htm'
  ],
  retryable: false
})
