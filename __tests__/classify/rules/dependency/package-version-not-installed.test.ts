import rule from '../../../../src/classify/rules/dependency/package-version-not-installed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // a Japanese-language org: "that package has no package version with the specified number"
      text: 'ERROR: そのパッケージには、指定されたパッケージバージョン番号はありません。',
      surface: 'cli'
    },
    {
      // a package install into a scratch org, as the install error reports it
      text: 'A required package is missing, Details: Package "TaskRay", Version 1.934 or later must be installed first.',
      surface: 'cli',
      captures: { package: 'TaskRay', version: '1.934' }
    },
    {
      // second-generation packaging guide: the failed-install email for an extension installed before its base
      text: '00DD00000007uJp: VALIDATION_FAILED [DB 0710 DE1 Pkg1 1.2: A required package is missing: Package "DB 0710 DE1 Pkg1", Version 1.2 or later must be installed first.]',
      surface: 'cli',
      captures: { package: 'DB 0710 DE1 Pkg1', version: '1.2' }
    },
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
    // A package that is there, but at an older version, is not a missing one.
    { text: 'A required package is out of date: Package "Base", installed version 1.1', surface: 'cli' },
    {
      text: 'Package version 1.8 installed successfully'
    }
  ]
})
