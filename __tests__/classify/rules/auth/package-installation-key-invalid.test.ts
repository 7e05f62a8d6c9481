import rule from '../../../../src/classify/rules/auth/package-installation-key-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/packaging#580: a protected version queried without its key
      text: 'Please provide installationkey when querying against SubscriberPackageVersion that is protected by installationkey'
    },
    {
      // CumulusCI dependency install of a protected package version
      text: 'Error (1): The subscriber package version is not fully available. Try this: Invalid InstallationKey for SubscriberPackageVersion'
    }
  ],
  negatives: [
    // the opposite mistake: a key given for a package that has none, a usage error
    {
      text: 'Can’t install package. This package doesn’t require an installation key. Install the package without specifying an installation key.'
    }
  ]
})
