import rule from '../../../../src/classify/rules/dependency/invalid-field-for-sobject.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // mattaddy/SObjectFabricator#10 (compile time).
      text: 'Invalid field class for SObject Quote',
      captures: { field: 'class', object: 'Quote' }
    },
    {
      // Custom field not deployed, with CLI suffix.
      text: 'Invalid field Region__c for SObject Account (22:18)',
      captures: { field: 'Region__c', object: 'Account' }
    },
    {
      // Runtime SObjectException in a test (record.get on a missing field).
      text: 'System.SObjectException: Invalid field Foo__c for Account',
      surface: 'test',
      captures: { field: 'Foo__c', object: 'Account' }
    }
  ],
  negatives: [
    {
      text: 'Invalid field for upsert, must be an External Id custom or standard indexed field: Code__c (Code__c)'
    },
    { text: 'Invalid field:CAMPAIGN.NAME in related list:RelatedCampaignList' }
  ]
})
