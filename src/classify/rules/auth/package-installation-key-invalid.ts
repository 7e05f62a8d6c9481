import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'package-installation-key-invalid',
  category: 'auth',
  title: "The package's installation key was missing or wrong",
  surfaces: ['cli', 'log'],
  patterns: [
    /\bInvalid InstallationKey\b/,
    /\binstallation key (?:is )?(?:not valid|invalid|incorrect)\b/i,
    /\bPlease provide installationkey when querying against SubscriberPackageVersion that is protected by installationkey\b/
  ],
  explanation:
    'The package version is protected by an installation key, a secret like a password, and the install gave none or the wrong one. In CI this is usually a secret that is not set for this job (empty on fork pull requests) or belongs to another package version.',
  remediation: [
    'Check that the secret the step passes as `--installation-key` is set for this job and is the key of this package version (the publisher gives it).',
    'For a dependency in sfdx-project.json, pass its key too (`sf package install` per dependency, or the key map of your install tool).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_package_commands_unified.htm'
  ],
  retryable: false
})
