import rule from '../../../../src/classify/rules/metadata/apex-undeclared-variable.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    { text: 'Variable does not exist: nope.', captures: { name: 'nope' } },
    {
      // apex-mocks pull request: a typo for `records` in the source file
      text: 'classes/fflib_SObjectMocks.cls(224,68):Variable does not exist: record',
      captures: { name: 'record' }
    },
    {
      // a test class left out of step with the class it tests
      text: 'Apex class FilterCollectionTest: line 12, column 21: Variable does not exist: sourceAccountCollection',
      surface: 'test',
      captures: { name: 'sourceAccountCollection' }
    },
    { text: 'Variable does not exist: us (90:9)', captures: { name: 'us' } }
  ],
  negatives: [
    // Classes, standard and custom fields, and dotted references: something the org may lack.
    { text: 'Variable does not exist: ApplicationLogHelper' },
    { text: 'Variable does not exist: FirstName' },
    { text: 'Variable does not exist: region__c (12:5)' },
    { text: 'Variable does not exist: record.Id' },
    // A dynamic SOQL bind at run time is not a compile error.
    { text: 'System.QueryException: Variable does not exist: accountIds', surface: 'test' }
  ]
})
