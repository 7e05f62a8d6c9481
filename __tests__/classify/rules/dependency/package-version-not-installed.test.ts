import rule from '../../../../src/classify/rules/dependency/package-version-not-installed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf package install of a package whose dependency is missing (public issue)
      text: "Invalid Upgrade. | The package you're installing depends on package 'RFLIB-FS', version '1.0'. Install package 'RFLIB-FS' in the target org before you install this package.",
      captures: { package: 'RFLIB-FS', version: '1.0' }
    },
    {
      // deploy problem on a Visualforce page in a public issue
      text: 'The specified Package Version number does not exist for that Package: sf_chttr_apps, 1.8',
      captures: { package: 'sf_chttr_apps', version: '1.8' }
    },
    {
      text: 'Package npsp is not installed in the target org',
      surface: 'log',
      captures: { package: 'npsp' }
    }
  ],
  negatives: [
    {
      text: 'Package version 1.8 installed successfully'
    }
  ]
})
