import rule from '../../../../src/classify/rules/limits/callout-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // regardie.dev post 1642
      text: 'System.LimitException: Too many callouts: 101',
      captures: { count: '101' }
    },
    {
      // Older orgs limit of 10 callouts
      text: 'System.LimitException: Too many callouts: 11',
      surface: 'log',
      captures: { count: '11' }
    }
  ],
  negatives: [{ text: 'Methods defined as TestMethod do not support Web service callouts' }]
})
