import rule from '../../../../src/classify/rules/dependency/static-resource-does-not-exist.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // afawcett/flowtoolbelt#1.
      text: 'Static Resource named jszip does not exist. Check spelling.',
      captures: { resource: 'jszip' }
    },
    {
      // Same with a CLI suffix.
      text: 'Static Resource named SLDS does not exist. Check spelling. (3:1)',
      captures: { resource: 'SLDS' }
    }
  ],
  negatives: [
    { text: 'Field Account.Region__c does not exist. Check spelling.' },
    { text: 'Static resource cache control must be Public or Private' }
  ]
})
