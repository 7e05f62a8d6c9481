import rule from '../../../../src/classify/rules/limits/cli-out-of-memory.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // CumulusCI issue: sfdx in CI
      text: 'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory'
    },
    {
      text: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      surface: 'log'
    }
  ],
  negatives: [
    {
      text: 'System.LimitException: Apex heap size too large: 6000123'
    },
    {
      text: 'Metadata API request failed: Java heap space Error Id: 22737522-27807 (-969101499)'
    }
  ]
})
