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
    {
      // a trigger's dynamic SOQL naming a bind variable that is not in scope, seen from a test
      text: 'System.DmlException: Update failed. First exception on row 0 with id aDFRL000000l3th4AA; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, VersioningTrigger: execution of BeforeUpdate\n\ncaused by: System.QueryException: Variable does not exist: record.Id__c',
      surface: 'test'
    },
    { text: 'Variable does not exist: Schema.Log__Share.RowCause' },
    { text: 'Method does not exist or incorrect signature: void getLabel() from the type FieldSet' }
  ]
})
