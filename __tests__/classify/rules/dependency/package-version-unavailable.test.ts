import rule from '../../../../src/classify/rules/dependency/package-version-unavailable.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SFDO-Tooling/CumulusCI: installing a deprecated dependency
      text: 'AppExchange Package is Deprecated, Details: The AppExchange package has been deprecated and can no longer be installed. Please try installing a newer version, or contact the package owner directly to resolve.'
    },
    {
      // package install before the instance was upgraded
      text: 'Mismatching Versions | The AppExchange Application or component you have selected is not yet available on your instance of salesforce.com. Please check back in a few days to retry the installation.'
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
