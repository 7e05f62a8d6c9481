import rule from '../../../../src/classify/rules/dependency/variable-does-not-exist-field.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SFDO-Community/declarative-lookup-rollup-summaries#120: field not deployed.
      text: 'Variable does not exist: LookupRollupSummary__c.FieldToOrderBy__c',
      captures: { object: 'LookupRollupSummary__c', field: 'FieldToOrderBy__c' }
    },
    {
      // Merchandise__c.Category__c in the same class as Invalid type: Merchandise__c.
      text: 'Variable does not exist: Merchandise__c.Category__c (14:52)',
      captures: { object: 'Merchandise__c', field: 'Category__c' }
    },
    {
      // Inside a runTestResult cascade message on the test surface.
      text: 'Variable does not exist: Account.Region__c',
      surface: 'test',
      captures: { object: 'Account', field: 'Region__c' }
    }
  ],
  negatives: [
    { text: 'Variable does not exist: Schema.Log__Share.RowCause' },
    { text: 'Method does not exist or incorrect signature: void getLabel() from the type FieldSet' }
  ]
})
