import rule from '../../../../src/classify/rules/transient/package-version-not-yet-published.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/packaging, messages/package_install.md#subscriberPackageVersionNotPublished
      text: 'Error (SubscriberPackageVersionNotPublishedError): The subscriber package version is not fully available.'
    },
    { text: 'SubscriberPackageVersionNotPublished', surface: 'log' }
  ],
  negatives: [
    // A version that does not exist or was deprecated will not appear by waiting.
    { text: 'The AppExchange package has been deprecated and can no longer be installed.' },
    {
      text: 'No released version was found in Dev Hub for package id 0Ho5f000000KzAbCAK and version number 2.4.0.RELEASED.'
    }
  ]
})
