import rule from '../../../../src/classify/rules/auth/api-access-disabled.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforcedx-apex when the test-run user cannot subscribe to test results
      text: "You don't have permissions to access sObject of type ApexTestQueueItem. Ask your Salesforce admin to give you permissions to access Apex code and the Streaming API."
    },
    {
      // salesforcedx-vscode issue: test run via streaming
      text: 'Error encountered during test update: 403::User not enabled for streaming'
    },
    {
      // restforce/restforce#219
      text: 'API_DISABLED_FOR_ORG: The REST API is not enabled for this Organization.'
    },
    {
      // forcedotcom/salesforcedx-vscode#2387
      text: 'The REST API is not enabled for this organization',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Enable the Metadata API for this org in the deploy settings' }]
})
