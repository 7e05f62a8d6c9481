import rule from '../../../../src/classify/rules/dependency/related-list-invalid-field.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // developerforce/LightningContainerExamples#16: Campaigns not available.
      text: 'Invalid field:CAMPAIGN.NAME in related list:RelatedCampaignList',
      captures: { field: 'CAMPAIGN.NAME', relatedList: 'RelatedCampaignList' }
    },
    {
      // Contacts to Multiple Accounts off.
      text: 'Invalid field:ACCOUNT.NAME in related list:RelatedContactAccountRelationList',
      captures: { field: 'ACCOUNT.NAME', relatedList: 'RelatedContactAccountRelationList' }
    }
  ],
  negatives: [
    { text: 'Invalid field Region__c for SObject Account' },
    { text: 'Invalid related list: RelatedFoo' }
  ]
})
