import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'auth-decrypt-failed',
  category: 'auth',
  title: 'The CLI could not decrypt its stored org authorization',
  surfaces: ['cli', 'log'],
  patterns: [
    /Failed to decip?her auth data/i,
    /\bAuthDecryptError\b/,
    /The encrypted data is not properly formatted/,
    /\bInvalidEncryptedFormatError\b/,
    /SF_CRYPTO_V2[^\n]{0,40}was set to "(?:true|false)" but a v[12] crypto key was detected/,
    /Unsupported state or unable to authenticate data/
  ],
  explanation:
    'Stored org auth files are encrypted with a key kept in the OS keychain or in ~/.sfdx/key.json. The files were written with a different key than the one now available, which happens when a CI cache restores ~/.sfdx or ~/.sf from another runner, or the key file was deleted.',
  remediation: [
    'Do not cache ~/.sf and ~/.sfdx between CI jobs (or cache them together with the key); start each job with a fresh login.',
    'Log out and log in again on this machine: `sf org logout --target-org <alias> --no-prompt` then the usual `sf org login ...` step.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: false
})
