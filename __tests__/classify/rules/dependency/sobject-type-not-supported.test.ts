import rule from '../../../../src/classify/rules/dependency/sobject-type-not-supported.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforcecli/plugin-data, messages/messages.md: a data step naming an object the org does not have
      text: 'Error (1): The supplied SObject type "Invoice__c" is invalid. Error message: The requested resource does not exist.',
      surface: 'cli',
      captures: { object: 'Invoice__c' }
    },
    {
      // mshanemc/processBuilderBlocks#2: Work.com Thanks not enabled.
      text: "sObject type 'WorkBadgeDefinition' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.",
      captures: { object: 'WorkBadgeDefinition' }
    },
    {
      // joeferraro/MavensMate-SublimeText#700 (after the cascade is unwrapped).
      text: "sObject type 'RecordType' is not supported.",
      captures: { object: 'RecordType' }
    },
    {
      // Dynamic SOQL in a test.
      text: "System.QueryException: sObject type 'Invoice__c' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name.",
      surface: 'test',
      captures: { object: 'Invoice__c' }
    }
  ],
  negatives: [
    { text: "sObject type 'Log__Share' is not supported." },
    { text: 'Invalid type: Merchandise__c' }
  ]
})
