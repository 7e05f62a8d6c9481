import rule from '../../../../src/classify/rules/fallback/test-failure-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [{ text: 'Discount tiers overlap for EMEA' }, { text: '' }],
  negatives: [
    { text: 'System.AssertException: Assertion Failed: Expected: 4, Actual: 3' },
    { text: 'System.LimitException: Too many SOQL queries: 101' }
  ]
})
