import rule from '../../../../src/classify/rules/limits/formula-size-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforce.stackexchange.com: formula field deploy
      text: 'Compiled formula is too big to execute (5,434 characters). Maximum size is 5,000 characters.',
      captures: { size: '5,434' }
    },
    {
      text: 'Formula is too long (3,910 characters). Maximum length is 3,900 characters.',
      captures: { size: '3,910' }
    }
  ],
  negatives: [
    {
      text: 'Field Total__c: Formula(s) that reference this field are no longer valid: Compiled formula is valid.'
    }
  ]
})
