import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'package-version-not-installed',
  category: 'dependency',
  title: 'A managed package version this deployment needs is not installed: {package}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /The specified Package Version number does not exist for that Package: (?<package>[^,\n]+), (?<version>[\d.]+)/,
    // The same refusal in a Japanese-language org or Dev Hub.
    /(?<package>そのパッケージ)には、指定されたパッケージバージョン番号はありません/,
    /\bPackage (?<package>\w+) (?:is not installed|must be installed)\b/,
    /depends on package '(?<package>[^'\n]+)', version '(?<version>[\d.]+)'/,
    // The install of an extension before its base package, as the failed-install notification words it.
    /\bA required package is missing(?::|, Details:) Package "?(?<package>[^",\n]+)"?, Version (?<version>[\d.]+) or later must be installed first\b/
  ],
  explanation:
    'Components in the deployment declare a dependency on a managed package version (packageVersions in the -meta.xml files) that the target org does not have.',
  remediation: [
    'Install the package version in the target org first: `sf package install --package <04t id> --target-org <org> --wait 30`.',
    "Or lower the packageVersions entries in the components' -meta.xml files to the version the org has."
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_packageversion.htm'],
  retryable: false
})
