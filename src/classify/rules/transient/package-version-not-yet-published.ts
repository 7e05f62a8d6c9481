import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'package-version-not-yet-published',
  category: 'transient',
  title: 'The package version is not yet available to install on this instance',
  surfaces: ['cli', 'log'],
  patterns: [
    // The packaging library when --publish-wait runs out (messages/package_install.md).
    /\bThe subscriber package version is not fully available\b/,
    /\bSubscriberPackageVersionNotPublished(?:Error)?\b/,
    // The install page and the sfdx toolbelt for a version not yet copied to the org's instance; engineers
    // read these as "wait and retry", not as a missing dependency.
    /(?<!Mismatching Versions \| )\bThe AppExchange Application or component you have selected is not yet available on your instance\b/,
    /\bThe subscriber package version (?<package>04t\w{12,15}) is either invalid or not yet available on your instance\b/
  ],
  explanation:
    'A package version that was just created or promoted is copied to every Salesforce instance over the following minutes (an AppExchange release can take days to reach every instance). The install checked before the copy reached the target org’s instance, and gave up when --publish-wait ran out or the version was not there yet.',
  remediation: [
    'Rerun the install with a longer publish wait: `sf package install --package <04t… id> --publish-wait 10 --wait 20 --target-org <org>`.',
    'In a pipeline that creates and then installs a version, wait for it to be published before the install step.',
    'For an AppExchange version the instance does not have yet, install it again later, or install the previous version until this one arrives.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_package_commands_unified.htm'
  ],
  retryable: true
})
