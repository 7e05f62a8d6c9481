import rule from '../../../../src/classify/rules/fallback/coverage-warning-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli issue: coverage warning of a trigger
      text: 'QuoteLineItem: lines total 1; lines not covered 1; covered 0%'
    }
  ],
  negatives: [
    {
      text: 'Average test coverage across all Apex Classes and Triggers is 62%, at least 75% test coverage is required.'
    },
    { text: 'Test coverage of selected Apex Trigger is 0%, at least 75% test coverage is required' }
  ]
})
