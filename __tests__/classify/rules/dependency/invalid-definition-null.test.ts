import rule from '../../../../src/classify/rules/dependency/invalid-definition-null.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // deploy problem posted in a public issue
      text: 'Invalid definition for null:Harvest_Field__c: null',
      captures: { name: 'Harvest_Field__c' }
    }
  ],
  negatives: [
    {
      text: 'Invalid definition for field Region__c: the type is not supported'
    }
  ]
})
