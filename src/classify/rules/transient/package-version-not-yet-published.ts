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
    // The install page ("Mismatching Versions"): the version was built on a Salesforce release the org's
    // instance does not run yet. Engineers read it as "wait and retry" (four readings of five), and it does
    // clear by itself once the instance is upgraded.
    /\bThe AppExchange Application or component you have selected is not yet available on your instance\b/
  ],
  explanation:
    'A package version that was just created or promoted is copied to every Salesforce instance over the following minutes; the install checked before the copy reached the target org’s instance and gave up when --publish-wait ran out. Or the version was built on a Salesforce release the target org’s instance does not run yet: it becomes installable when the instance is upgraded, which can be days away.',
  remediation: [
    'Rerun the install with a longer publish wait: `sf package install --package <04t… id> --publish-wait 10 --wait 20 --target-org <org>`.',
    'In a pipeline that creates and then installs a version, wait for it to be published before the install step.',
    'For a version built on the next release, check the instance’s upgrade date on https://status.salesforce.com; until then install the previous version, or test in a sandbox on the preview release.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_package_commands_unified.htm'
  ],
  retryable: true
})
