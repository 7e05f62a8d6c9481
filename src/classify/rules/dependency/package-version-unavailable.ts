import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'package-version-unavailable',
  category: 'dependency',
  title: 'A package version this install needs cannot be installed in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /\bThe AppExchange package has been deprecated and can no longer be installed\b/,
    /\bUpdate of InstalledPackage (?<package>\w+): Error: Mismatching versions\b/,
    /\bPackage dependency \[?(?<package>04t\w{1,15})\]? isn[’']t a valid subscriber package version ID\b/,
    /\bAn error occurred while trying to install a package dependency, ID (?<package>04t\w{12,15})\b/
  ],
  explanation:
    "The package (or a package it depends on) is at a version the target org cannot take: the version was deprecated by its publisher, or the org's Salesforce release is older than the one the version was built on.",
  remediation: [
    "Check which version the dependency asks for (the `dependencies` in sfdx-project.json, or the package's own dependencies) and pick one that is released and available to this org.",
    "For a version built on the next Salesforce release, wait until the org's instance is upgraded (see https://status.salesforce.com for its maintenance dates), or use a sandbox on the preview release.",
    'Install the dependency first, then install or deploy again.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_dev2gp_install_pkg_cli.htm'
  ],
  retryable: false
})
