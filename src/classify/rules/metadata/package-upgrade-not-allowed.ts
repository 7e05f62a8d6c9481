import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'package-upgrade-not-allowed',
  category: 'metadata',
  title: 'The installed package version cannot be upgraded to this one: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bThe currently installed version does not share a common ancestor with this version)/,
    /(?<detail>\bYou cannot upgrade a beta package)/,
    /(?<detail>\bCannot upgrade beta package)/,
    /(?<detail>\bIneligibleUpgrade\b)/
  ],
  explanation:
    "A package version can only upgrade an installed version of the same lineage: a released version from the same ancestry, never a beta. The org has a beta version, or a version from another branch of the package's ancestry, installed.",
  remediation: [
    'Check what the org has: `sf package installed list --target-org <org>`.',
    'For a beta or an unrelated branch, uninstall the installed version (in a scratch org or sandbox, recreate the org) and install again.',
    'If upgrades must work, set the `ancestorVersion` (or `ancestorId`) in sfdx-project.json so new versions descend from the one installed in your orgs.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_dev2gp_config_ancestor.htm'
  ],
  retryable: false
})
