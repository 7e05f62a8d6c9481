import rule from '../../../../src/classify/rules/metadata/apex-invalid-declaration.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
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
    { text: 'Test coverage of selected Apex Class is 40%, at least 75% test coverage is required' },
    { text: 'System.AssertException: Assertion Failed: Only one method per type' }
  ]
})
