import rule from '../../../../src/classify/rules/auth/credential-keychain-unavailable.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli issue 1651: sfdx over ssh, where the macOS keychain cannot prompt
      text: 'ERROR running force:limits:api:display:  Command failed with response:\n - security: SecKeychainItemCreateFromContent (<default>): User interaction is not allowed.',
      surface: 'cli'
    },
    {
      // forcedotcom/salesforcedx-vscode issue 1216: a web login whose key the keychain refused
      text: 'Try this: \nDetermine why this command failed to set an encryption key for user surajsood: [/usr/bin/security add-generic-password -a local -s sfdx -w 1ce9d27c9b785c632afd908e09506396].',
      surface: 'cli'
    },
    {
      // sfdx after an upgrade: the stored key file was written by another toolbelt
      text: 'ERROR: The service and account specified in /home/saulo/.sfdx/key.json do not match the version of the toolbelt. Try this: Check your toolbelt version and re-auth.'
    },
    {
      // a Linux runner without a desktop session: libsecret cannot start
      text: "secret-tool: Cannot autolaunch D-Bus without X11 $DISPLAY Try this: Determine why this command failed to set an encryption key for user root: [/usr/bin/secret-tool store --label='salesforce.com' user local domainsfdx]."
    },
    {
      // sfdx 7 when a stored auth file conflicts with a new login
      text: 'ERROR running force:org:status: Cannot create an AuthInfo instance that will overwrite existing auth data.',
      surface: 'log'
    },
    {
      // sfdx-core messages/encryption.md macKeychainOutOfSync (curly apostrophe)
      text: 'MacKeychainOutOfSyncError: We’ve encountered an error with the Mac keychain being out of sync with your `sfdx` credentials. To fix the problem, sync your credentials by authenticating into your org again using the auth commands.'
    },
    {
      // sfdx-core messages/encryption.md passwordRetryError
      text: 'PasswordRetryError: Failed to get the password after 3 retries.'
    }
  ],
  negatives: [
    { text: 'Set an encryption key for the connected app before you log in', surface: 'cli' },
    { text: 'INVALID_LOGIN: Invalid username, password, security token; or user locked out.' }
  ]
})
