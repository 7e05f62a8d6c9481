import rule from '../../../../src/classify/rules/auth/org-lookup-failed-mid-request.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      text: 'Metadata API request failed: request to https://acme.my.salesforce.com/services/Soap/m/60.0 failed, reason: getaddrinfo ENOTFOUND acme.my.salesforce.com'
    },
    {
      // retrieve poll after the request was accepted
      text: 'MetadataTransferError: Metadata API request failed: The org cannot be found\n    at MetadataApiRetrieve.poll'
    }
  ],
  negatives: [
    {
      text: 'The org cannot be found'
    },
    {
      text: 'Metadata API request failed: INVALID_SESSION_ID'
    }
  ]
})
