import rule from '../../../../src/classify/rules/dependency/package-version-unavailable.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // package version create whose sfdx-project.json names a dependency version that does not exist
      text: 'Error: Can’t create package version. Package dependency [04txxxxxx] isn’t a valid subscriber package version ID. Correct the package ID in your sfdx-project.json file, and retry creating the package version.',
      surface: 'cli',
      captures: { package: '04txxxxxx' }
    },
    {
      // scratch-org build installing a dependency the org refuses (forcedotcom/cli thread)
      text: "Error (MultipleErrorsError): Multiple errors occurred: (1) An error occurred while trying to install a package dependency, ID 04t8W000003dAgA: ConnectedApp(Conga_Sign) Connected App 'Conga_Sign' contains fields that are not allowed during package creation.",
      surface: 'cli',
      captures: { package: '04t8W000003dAgA' }
    },
    {
      // SFDO-Tooling/CumulusCI: installing a deprecated dependency
      text: 'AppExchange Package is Deprecated, Details: The AppExchange package has been deprecated and can no longer be installed. Please try installing a newer version, or contact the package owner directly to resolve.'
    },
    {
      // SFDO-Tooling/CumulusCI: update_dependencies
      text: 'Could not process MDAPI response: Update of InstalledPackage npo02: Error: Mismatching versions',
      captures: { package: 'npo02' }
    }
  ],
  negatives: [
    { text: 'npm WARN Mismatching versions of @salesforce/core: 6.1.0 and 7.3.0' },
    {
      // an installed package too old: package-version-not-installed
      text: 'The specified Package Version number does not exist for that Package: npsp, 3.150'
    },
    {
      text: 'Component versions differ between source and target orgs'
    }
  ]
})
