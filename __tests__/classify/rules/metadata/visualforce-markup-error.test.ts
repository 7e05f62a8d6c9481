import rule from '../../../../src/classify/rules/metadata/visualforce-markup-error.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Stack Exchange: a page binding a wrapper's Boolean to a field-only component
      text: "Save error: Could not resolve the entity from value binding '{!item.Selected}'. can only be used with SObjects, or objects that are Visualforce field component resolvable."
    },
    {
      // rsoesemann/visualforce-table-grid#3 (note the double space Salesforce prints)
      text: 'Unsupported attribute type in  in advancedLookup at line 42 column 47',
      captures: { page: 'advancedLookup', line: '42' }
    },
    {
      // Visualforce compiler message for an expression in an id attribute
      text: 'Literal value is required for attribute id in <apex:outputPanel> in AccountSummary at line 12 column 9',
      captures: { page: 'AccountSummary' }
    }
  ],
  negatives: [
    { text: "Apex class 'DatatableCon' does not exist" },
    { text: "Unknown property 'AccountStandardController.Region__c'" }
  ]
})
