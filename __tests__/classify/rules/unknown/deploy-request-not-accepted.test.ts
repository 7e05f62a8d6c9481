import rule from '../../../../src/classify/rules/unknown/deploy-request-not-accepted.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#1506
      text: 'ERROR running force:source:deploy: Metadata API request failed: The deploy operation is missing a job ID. Initialize an operation with an ID, or start a new job.'
    },
    {
      text: 'SfError: The deploy id is not available.',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Invalid deploy ID: 0Af000000000001 for org: prod' }]
})
