import rule from '../../../../src/classify/rules/dependency/variable-does-not-exist.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // fflib-apex-common#502: standard field missing from the org.
      text: 'Variable does not exist: PricebookEntryId',
      captures: { name: 'PricebookEntryId' }
    },
    {
      // benahm/TestDataFactory#2: class missing from the deployment.
      text: 'Variable does not exist: TDF_Utility',
      captures: { name: 'TDF_Utility' }
    },
    {
      // IlluminatedCloud#2955: runTestResult text keeps a double space.
      text: 'Variable does not exist:  XXXXXXXX',
      surface: 'test',
      captures: { name: 'XXXXXXXX' }
    },
    {
      // The CLI's FailedValidationError line (from the simulated org, with the name changed to a class the deployment lacks).
      text: 'FailedValidationError: Failed to validate the deployment (0AfFAKE00000007AAA). Due To:\nError in Bar - Variable does not exist: ApplicationLogHelper (2:40)',
      surface: 'cli',
      captures: { name: 'ApplicationLogHelper' }
    },
    {
      // a custom field written in lower case still has its suffix
      text: 'Variable does not exist: region__c (12:5)',
      captures: { name: 'region__c' }
    }
  ],
  negatives: [
    {
      // a trigger's dynamic SOQL naming a bind variable that is not in scope, seen from a test
      text: 'System.DmlException: Update failed. First exception on row 0 with id aDFRL000000l3th4AA; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, VersioningTrigger: execution of BeforeUpdate\n\ncaused by: System.QueryException: Variable does not exist: record.Id__c',
      surface: 'test'
    },
    { text: 'Method does not exist or incorrect signature: void foo() from the type Bar' },
    // A bare lowerCamelCase name is a local variable: apex-undeclared-variable.
    { text: 'Variable does not exist: nope' },
    { text: 'Field is not writeable: ContentVersion.CreatedById' }
  ]
})
