import rule from '../../../../src/classify/rules/dependency/formula-field-does-not-exist.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // alexed1/ProcessBuilderConverter#16: flow formula, Data.com licence expired.
      text: 'formula_myRule_1 (Formula) - The formula expression is invalid: Field myVariable_current.DandbCompany.SalesVolume does not exist. Check spelling.',
      captures: { field: 'myVariable_current.DandbCompany.SalesVolume' }
    },
    {
      // Validation rule on a field that was not deployed.
      text: 'Error: Field Region__c does not exist. Check spelling.',
      captures: { field: 'Region__c' }
    }
  ],
  negatives: [
    {
      text: 'System.DmlException: Insert failed. First exception on row 1; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Field does not exist.: [AggregateResultField__c]',
      surface: 'test'
    },
    { text: 'Static Resource named jszip does not exist. Check spelling.' }
  ]
})
