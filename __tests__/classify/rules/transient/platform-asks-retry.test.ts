import rule from '../../../../src/classify/rules/transient/platform-asks-retry.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf org create scratch failure in a forcedotcom/cli issue
      text: 'A fatal signup error occurred. Please try again. If you still see this error, contact Salesforce Support for assistance.'
    },
    {
      // sfdx 7 log in a forcedotcom/cli issue
      text: 'ERROR running force:auth:web:login: retry your request',
      surface: 'log'
    }
  ],
  negatives: [
    {
      text: 'Try again after fixing the required field'
    },
    {
      text: 'Please try a different username'
    }
  ]
})
