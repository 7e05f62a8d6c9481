import rule from '../../../../src/classify/rules/limits/scratch-org-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf org create scratch in a forcedotcom/cli issue
      text: 'The signup request failed because this organization has reached its daily scratch org signup limit.',
      captures: { limit: 'daily scratch org signup' }
    },
    {
      text: 'RemoteOrgSignupFailed: The signup request failed because this organization has reached its active scratch org limit',
      captures: { limit: 'active scratch org' }
    }
  ],
  negatives: [
    {
      text: 'Scratch org created: limit settings applied'
    }
  ]
})
