import rule from '../../../../src/classify/rules/limits/regex-too-complicated.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // help.salesforce.com article 000005024
      text: 'System.Exception: Regex too complicated'
    },
    {
      // trailheadapps/apex-recipes issue 312
      text: 'System.LimitException: Regex too complicated',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Invalid regex: Unclosed group near index 3' }]
})
