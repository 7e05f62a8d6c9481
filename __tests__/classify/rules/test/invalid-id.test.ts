import rule from '../../../../src/classify/rules/test/invalid-id.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Nebula-Consulting/nebula-core issue 8
      text: 'System.StringException: Invalid id: 003010100000000',
      captures: { value: '003010100000000' }
    },
    {
      // Forceea-data-factory issue 137
      text: 'System.StringException: Invalid id'
    }
  ],
  negatives: [{ text: 'INVALID_ID_FIELD: invalid record id', surface: 'cli' }]
})
