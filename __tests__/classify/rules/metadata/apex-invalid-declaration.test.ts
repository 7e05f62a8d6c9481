import rule from '../../../../src/classify/rules/metadata/apex-invalid-declaration.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // the Apex compiler's message catalog (messages_en_US.properties, published in forcedotcom/apex-language-support), annotation.property.not.supported: a misspelt property
      text: 'No such property, cachable, defined on this annotation: AuraEnabled'
    },
    {
      // Apex compiler message for a static method in an inner class
      text: 'Only top-level class methods can be declared static'
    },
    {
      // Apex compiler (jorje) message text
      text: 'Future methods do not support parameter type of List<Account>'
    },
    {
      // Apex compiler message for testMethod outside a test class
      text: 'Defining type for testMethod methods must be declared as IsTest'
    }
  ],
  negatives: [
    // the Apex compiler's message catalog (messages_en_US.properties, published in forcedotcom/apex-language-support), a value the org lacks is a missing dependency
    {
      text: 'Annotation property, requiredPermission on AuraEnabled, value is not valid in your org: Manage_Orders'
    },
    { text: 'Test coverage of selected Apex Class is 40%, at least 75% test coverage is required' },
    { text: 'System.AssertException: Assertion Failed: Only one method per type' }
  ]
})
