import rule from '../../../../src/classify/rules/test/string-too-long.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SalesforceLabs/Milestones-PM issue 32
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: STRING_TOO_LONG, Description: data value too large: <<customer data>>  (max length=255): [Description]',
      captures: { label: 'Description', maxLength: '255', field: 'Description' }
    },
    {
      // Same status code on a custom field
      text: 'System.DmlException: Update failed. First exception on row 0 with id a01000000000001AAA; first error: STRING_TOO_LONG, Summary: data value too large: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (max length=32): [Summary__c]',
      captures: { maxLength: '32', field: 'Summary__c' }
    }
  ],
  negatives: [{ text: 'System.StringException: String length exceeds maximum: 6000000' }]
})
