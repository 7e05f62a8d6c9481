import rule from '../../../../src/classify/rules/dependency/action-override-does-not-exist.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // logontokartik/VFDynamicComponents#1: object action override.
      text: 'componenteditnew does not exist or is not a valid override for action Edit.',
      captures: { target: 'componenteditnew', action: 'Edit' }
    },
    {
      // Same shape for a View override, with CLI suffix.
      text: 'AccountView does not exist or is not a valid override for action View. (31:13)',
      captures: { target: 'AccountView', action: 'View' }
    }
  ],
  negatives: [
    {
      text: "You can't change the standard controller object QuoteLineItem because this page is referenced in the action override View."
    },
    { text: 'Page AccountView does not exist' }
  ]
})
