import rule from '../../../../src/classify/rules/test/required-field-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // benedwards44/Apex-for-Xero issue 3
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: REQUIRED_FIELD_MISSING, Required fields are missing: [ProfileId]: [ProfileId]',
      captures: { fields: 'ProfileId' }
    },
    {
      // Legacy ANT deploy summary line
      text: '1.  AccountTest.createsAccount -- System.DmlException: Insert failed. First exception on row 0; first error: REQUIRED_FIELD_MISSING, Required fields are missing: [Region__c, Tier__c]: [Region__c, Tier__c]',
      surface: 'log',
      captures: { fields: 'Region__c, Tier__c' }
    }
  ],
  negatives: [{ text: 'Required field Region__c added to layout' }]
})
