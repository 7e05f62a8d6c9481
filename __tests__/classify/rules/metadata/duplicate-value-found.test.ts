import rule from '../../../../src/classify/rules/metadata/duplicate-value-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#1458 (LightningComponentBundle)
      text: 'duplicate value found: <unknown> duplicates value on record with id: <unknown>',
      captures: { field: '<unknown>' }
    },
    {
      // Chaos-Tech-Corp/Input-Field-Lookup#3 (statusCode DUPLICATE_VALUE, empty values)
      text: 'duplicate value found:  duplicates value on record with id: '
    }
  ],
  negatives: [
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATE_VALUE, duplicate value found: Email__c duplicates value on record with id: 0035g00000ABCDE: []'
    },
    { text: 'duplicate value found: Name duplicates value on record with id: 001', surface: 'test' }
  ]
})
