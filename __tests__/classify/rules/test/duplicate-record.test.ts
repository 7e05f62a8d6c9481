import rule from '../../../../src/classify/rules/test/duplicate-record.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SalesforceLabs/QuotaEdit issue 31
      text: 'System.DmlException: Upsert failed. First exception on row 13; first error: DUPLICATE_VALUE, duplicate value found: <unknown> duplicates value on record with id: <unknown>: []',
      captures: { code: 'DUPLICATE_VALUE', field: '<unknown>' }
    },
    {
      // dlrs issue 1039
      text: 'DUPLICATE_VALUE, duplicate value found: dlrs__QualifiedParentID__c duplicates value on record with id: a6L3n000000NPlY: [] (dlrs)',
      captures: { field: 'dlrs__QualifiedParentID__c', recordId: 'a6L3n000000NPlY' }
    },
    {
      // NPSP issue 1964: duplicate rule
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATES_DETECTED, Duplicate Alert: []',
      captures: { code: 'DUPLICATES_DETECTED' }
    }
  ],
  negatives: [{ text: 'Duplicate value on picklist: Hot', surface: 'log' }]
})
