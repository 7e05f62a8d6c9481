import rule from '../../../../src/classify/rules/dependency/visualforce-unknown-field.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Visualforce page with standardController="Account" bound to a field not deployed to the org.
      text: "Unknown property 'AccountStandardController.Region__c'",
      captures: { object: 'Account', field: 'Region__c' }
    },
    {
      // Same shape for a custom object, with the CLI suffix.
      text: "Unknown property 'Invoice__cStandardController.Total__c' (5:12)",
      captures: { object: 'Invoice__c', field: 'Total__c' }
    }
  ],
  negatives: [
    { text: "Unknown property 'MyController.records'" },
    { text: 'Unknown component c:Component_Name_Here' }
  ]
})
