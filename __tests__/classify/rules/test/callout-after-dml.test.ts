import rule from '../../../../src/classify/rules/test/callout-after-dml.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // certinia/apex-mdapi issue 111
      text: 'System.CalloutException: You have uncommitted work pending. Please commit or rollback before calling out'
    },
    {
      // fflib-apex-common issue 90
      text: 'System.CalloutException: You have already created Savepoints. You cannot make callout after creating a Savepoint'
    }
  ],
  negatives: [{ text: 'System.CalloutException: Read timed out', surface: 'log' }]
})
