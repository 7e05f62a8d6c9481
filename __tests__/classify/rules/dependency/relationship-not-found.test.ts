import rule from '../../../../src/classify/rules/dependency/relationship-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // kyleschmid/ObjectMerge#1: namespace prefix missing (runtime form).
      text: "System.QueryException: Didn't understand relationship 'Affl_Accounts__r' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.",
      surface: 'test',
      captures: { relationship: 'Affl_Accounts__r' }
    },
    {
      // Same text at compile time on a class.
      text: "Didn't understand relationship 'Affl_Accounts__r' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name.",
      captures: { relationship: 'Affl_Accounts__r' }
    },
    {
      // IlluminatedCloud#504: Tooling create of an ApexPage.
      text: "FIELD_INTEGRITY_EXCEPTION - No such relation 'Profile' on entity 'User'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names",
      captures: { relationship: 'Profile', object: 'User' }
    }
  ],
  negatives: [
    { text: "No such column 'Foo__c' on entity 'Account'" },
    {
      text: 'The relationship name "Line_Items__r" is already used by custom field Line_Item__c.Invoice__c. Please rename existing relationship name.'
    }
  ]
})
