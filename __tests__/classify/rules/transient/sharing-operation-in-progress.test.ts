import rule from '../../../../src/classify/rules/transient/sharing-operation-in-progress.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // flxbl-io/sfp#184
      text: "The sharing calculation you requested can't be processed right now, because it interferes with another operation already in progress. Please try again later.",
      surface: 'component'
    },
    {
      text: 'group membership operation already in progress',
      surface: 'log'
    }
  ],
  negatives: [
    {
      text: 'Sharing rule Account_Share_Rule is not valid: sharedTo group does not exist',
      surface: 'component'
    }
  ]
})
