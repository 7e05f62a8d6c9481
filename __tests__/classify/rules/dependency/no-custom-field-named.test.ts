import rule from '../../../../src/classify/rules/dependency/no-custom-field-named.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // tiaanswart/lightning-fieldset#1: list view / field set on a field not in the org.
      text: 'In field: Account_Type__c - no CustomField named Account.Account_Type__c found',
      captures: { object: 'Account', field: 'Account_Type__c' }
    },
    {
      // fflib-apex-common-samplecode#58: permission set grants a standard field the edition lacks.
      text: 'In field: field - no CustomField named Product2.TransferRecordMode found',
      captures: { object: 'Product2', field: 'TransferRecordMode' }
    },
    {
      // Legacy jsforce deploy fixture (source-tracking README), Profile Admin.
      text: 'In field: field - no CustomField named Account.test__c found',
      captures: { object: 'Account', field: 'test__c' }
    },
    {
      // FailedValidationError line in a CLI envelope.
      text: 'FailedValidationError: Failed to validate the deployment (0Af000000000001). Due To:\nError in Admin - In field: field - no CustomField named Account.Region__c found (12:5)',
      surface: 'cli',
      captures: { object: 'Account', field: 'Region__c' }
    }
  ],
  negatives: [
    { text: 'In field: field - no CustomObject named Bundle__c found' },
    { text: 'Field is not writeable: ContentVersion.CreatedById' }
  ]
})
