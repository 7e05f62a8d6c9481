import rule from '../../../../src/classify/rules/unknown/component-error-without-reason.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // vlocity_build issue: a DataPack row with the reason dropped
      text: 'SObject_CustomFieldMap/04bdb4-859ec5-cc77d3-8c9831-606662d6f -- DataPack >> 04bdb4-859ec5-cc77d3-8c9831-606662d6f -- Error Message -- No error message from server'
    },
    // A Visualforce component deployed with the Ant migration tool (a public Q&A thread).
    { text: 'Deployment Failed ERROR deploying ApexComponent components/FileList.component: <unknown>' },
    { text: 'null deploying ApexComponent components/PublicPaymentInputJS.component: null' },
    { text: 'Collections_Base_Setting__mdt.Primary_Secondary_Relationship_Field__c: null' },
    { text: 'null' }
  ],
  negatives: [
    { text: 'duplicate value found: <unknown> duplicates value on record with id: <unknown>' },
    { text: 'Invalid value for field: null' },
    { text: 'Variable does not exist: null (12:4)' }
  ]
})
