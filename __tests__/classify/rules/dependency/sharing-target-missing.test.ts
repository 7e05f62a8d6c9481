import rule from '../../../../src/classify/rules/dependency/sharing-target-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SharingRules deploy problem posted in a public issue
      text: 'sharedTo not allowed:role - CEO (8:19)',
      captures: { targetType: 'role', target: 'CEO' }
    },
    {
      text: 'sharedTo not allowed:group - Sales_Team',
      captures: { targetType: 'group', target: 'Sales_Team' }
    }
  ],
  negatives: [
    {
      text: 'sharedTo must name a role or group'
    }
  ]
})
