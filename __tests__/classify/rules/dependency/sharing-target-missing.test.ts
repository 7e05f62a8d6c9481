import rule from '../../../../src/classify/rules/dependency/sharing-target-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // trailheadapps/ebikes-lwc#58: list view shared with a role the org lacks
      text: 'Account.All_Acounts                     SharedTo not allowed:roleAndSubordinatesInternal - CEO',
      captures: { targetType: 'roleAndSubordinatesInternal', target: 'CEO' }
    },
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
