import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'credential-keychain-unavailable',
  category: 'auth',
  title: "The CLI could not read its credential key from the machine's keychain",
  surfaces: ['cli', 'log'],
  patterns: [
    /Mac keychain being out of sync with your `?sfdx`? credentials/,
    /Failed to get the password after \d+ retries/,
    /Could not find password\./,
    /Unable to find required security software/,
    /Invalid file permissions for secret file/,
    /Cannot create an AuthInfo instance that will overwrite existing auth data/,
    /\bsecret-tool: Cannot autolaunch D-Bus\b/,
    // macOS: a keychain that is locked or cannot prompt (ssh, CI) refuses the CLI's key.
    /\bSecKeychain\w+ \([^)\n]*\): User interaction is not allowed\b/,
    /\bfailed to set an encryption key for user\b/,
    /\bdo not match the version of the toolbelt\b/
  ],
  explanation:
    'The key that encrypts stored org auth lives in a keychain (macOS Keychain, libsecret on Linux, or a key file). The keychain is missing, locked or out of sync with the stored auth, so no org can be used.',
  remediation: [
    'On CI set SF_USE_GENERIC_UNIX_KEYCHAIN=true (Linux) so the key is kept in a file, and make sure ~/.sfdx is writable by the job user only.',
    'Log in again so the auth is re-encrypted with the available key.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_dev_cli_env_variables.htm'
  ],
  retryable: false
})
