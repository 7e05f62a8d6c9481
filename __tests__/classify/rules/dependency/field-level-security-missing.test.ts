import rule from '../../../../src/classify/rules/dependency/field-level-security-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // trailheadapps/ebikes-lwc#561: `sf data tree import` right after the deploy, permission set not assigned
      text: "Error (1): We couldn't process your request because you don't have access to Description__c on Product_Family__c. To learn more about field-level security, visit Tips and Hints for Page Layouts and Field-Level Security in our Developer Documentation.",
      surface: 'cli',
      captures: { field: 'Description__c', object: 'Product_Family__c' }
    },
    {
      // forcedotcom/quiz-host-app#58: the field had been dropped from the project's permission set
      text: "ERROR running force:data:tree:import:  We couldn't process your request because you don't have access to Current_Question__c on Quiz_Session__c. To learn more about field-level security, visit Tips and Hints for Page Layouts and Field-Level Security in our Developer Documentation.",
      surface: 'cli',
      captures: { field: 'Current_Question__c' }
    }
  ],
  negatives: [
    // A missing object is a missing dependency of another kind (the text is ours).
    { text: "Error (1): sObject type 'Product_Family__c' is not supported.", surface: 'cli' },
    // A user without access to a whole record is the record's sharing, not field-level security.
    {
      text: 'Error (1): INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id',
      surface: 'cli'
    }
  ]
})
