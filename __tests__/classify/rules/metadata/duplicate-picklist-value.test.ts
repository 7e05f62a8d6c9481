import rule from '../../../../src/classify/rules/metadata/duplicate-picklist-value.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Salesforce picklist validation message (existence recorded in the research corpus, B27)
      text: 'Duplicate label: Closed Won'
    },
    {
      // Salesforce metadata validation message (existence recorded in the research corpus, B27)
      text: 'Field:fullName, value:Closed appears more than once',
      captures: { field: 'fullName', value: 'Closed' }
    }
  ],
  negatives: [
    { text: "Duplicate name 'Account.FLD_Email__c' specified" },
    { text: 'Duplicate field: counter' }
  ]
})
