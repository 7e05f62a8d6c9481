import rule from '../../../../src/classify/rules/transient/package-version-not-yet-published.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // UnofficialSF/LightningFlowComponents#22, pasted as a table: a package built on Summer '18 installed
      // into an org still on Spring '18
      text: 'Mismatching Versions | The AppExchange Application or component you have selected is not yet available on your instance of salesforce.com. Please check back in a few days to retry the installation.',
      surface: 'cli'
    },
    {
      // forcedotcom/cli#2921: an AppExchange version the instance did not have yet
      text: 'The AppExchange Application or component you have selected is not yet available on your instance of salesforce.com. Please check back in a few days to retry the installation.',
      surface: 'cli'
    },
    {
      // forcedotcom/packaging, messages/package_install.md#subscriberPackageVersionNotPublished
      text: 'Error (SubscriberPackageVersionNotPublishedError): The subscriber package version is not fully available.'
    },
    { text: 'SubscriberPackageVersionNotPublished', surface: 'log' }
  ],
  negatives: [
    // A version that does not exist or was deprecated will not appear by waiting.
    { text: 'The AppExchange package has been deprecated and can no longer be installed.' },
    // the packaging library's check of an id, which is most often a typo or a missing installation key
    {
      text: "The subscriber package version 04t5f000000VqXzAAK is either invalid or not yet available on your instance of salesforce.com. First double-check the ID to ensure it's correct.",
      surface: 'cli'
    },
    {
      text: 'No released version was found in Dev Hub for package id 0Ho5f000000KzAbCAK and version number 2.4.0.RELEASED.'
    }
  ]
})
