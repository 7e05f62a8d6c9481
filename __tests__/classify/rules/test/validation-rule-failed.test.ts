import rule from '../../../../src/classify/rules/test/validation-rule-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // dlrs issue 123
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Please clear the value in the account name field and save the account.: []',
      captures: { message: 'Please clear the value in the account name field and save the account.' }
    },
    {
      // dlrs issue 362: with a field list
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Field does not exist.: [AggregateResultField__c]',
      captures: { message: 'Field does not exist.', fields: 'AggregateResultField__c' }
    }
  ],
  negatives: [{ text: 'Validation rule Account_Name_Required is active' }]
})
