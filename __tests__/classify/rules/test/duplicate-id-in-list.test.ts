import rule from '../../../../src/classify/rules/test/duplicate-id-in-list.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Apex exception reference
      text: 'System.ListException: Duplicate id in list: 001000000000001AAA',
      captures: { recordId: '001000000000001AAA' }
    },
    {
      // Test failure in a CI log
      text: 'OpportunityServiceTest.updatesAll - System.ListException: Duplicate id in list: 006000000000001AAA',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'List index out of bounds: 0' }]
})
