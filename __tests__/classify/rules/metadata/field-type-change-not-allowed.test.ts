import rule from '../../../../src/classify/rules/metadata/field-type-change-not-allowed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // trailheadapps/coral-cloud#87 (Experience__c.Description__c)
      text: 'Cannot change type due to existing data (222:13)',
      surface: 'log'
    },
    {
      // trailheadapps/ebikes-lwc#457 (Case.Product__c)
      text: 'Cannot update a field to a Lookup, MasterDetail, or Hierarchy from something else',
      captures: { direction: 'to', fieldType: 'Lookup, MasterDetail, or Hierarchy' }
    },
    {
      // forcedotcom/cli#1660 (formula to currency)
      text: 'Cannot update a field from a Formula to something else',
      captures: { direction: 'from', fieldType: 'Formula' }
    },
    {
      // sf project deploy component problem without a suffix
      text: 'Cannot change type due to existing data'
    }
  ],
  negatives: [{ text: 'Invalid type: Merchandise__c' }, { text: 'Illegal assignment from String to Integer' }]
})
