import rule from '../../../../src/classify/rules/metadata/matching-rule-not-active.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // CumulusCI / NPSP issue: package deploy
      text: 'Before you can use this duplicate rule, all associated matching rules must be active and have their fields mapped.'
    }
  ],
  negatives: [
    {
      text: 'Duplicate value found: Name duplicates value on record with id: 001000000000001'
    }
  ]
})
