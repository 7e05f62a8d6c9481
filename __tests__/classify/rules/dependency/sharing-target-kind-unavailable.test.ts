import rule from '../../../../src/classify/rules/dependency/sharing-target-kind-unavailable.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforce.stackexchange.com: list view shared to roles
      text: 'Account.All_Acounts SharedTo not allowed:roleAndSubordinate',
      captures: { targetType: 'roleAndSubordinate' }
    },
    {
      text: 'sharedTo not allowed:allPartnerUsers (12:13)',
      captures: { targetType: 'allPartnerUsers' }
    }
  ],
  negatives: [
    {
      text: 'sharedTo not allowed:role - CEO (8:19)'
    }
  ]
})
