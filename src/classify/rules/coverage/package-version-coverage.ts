import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'package-version-coverage',
  category: 'coverage',
  title: 'The package version cannot be promoted without sufficient code coverage',
  surfaces: ['cli', 'log', 'coverage'],
  patterns: [
    /Code coverage has not been run for this version/,
    /There are classes that do not satisfy the minimum code coverage of (?<required>\d+)%/,
    /The code coverage required to promote this version has not been met/
  ],
  explanation:
    'Only package versions built with code coverage computed, and reaching at least 75%, can be promoted to released. This version was created without coverage or below it.',
  remediation: [
    'Create a new version with coverage: `sf package version create --package <name> --code-coverage --wait 60`.',
    'Raise the coverage of the classes in the package before creating the version.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_package_commands_unified.htm'],
  retryable: false
})
