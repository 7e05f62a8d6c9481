import rule from '../../../../src/classify/rules/dependency/visualforce-unknown-component.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Avinava/VisualStrap#31.
      text: 'Unknown component c:Component_Name_Here',
      captures: { namespace: 'c', component: 'Component_Name_Here' }
    },
    {
      // Package component used before the package is installed.
      text: 'Unknown component vs:panel (12:5)',
      captures: { namespace: 'vs', component: 'panel' }
    }
  ],
  negatives: [
    { text: 'Unknown component apex:pageBlok' },
    { text: "Unknown property 'AccountStandardController.Region__c'" }
  ]
})
