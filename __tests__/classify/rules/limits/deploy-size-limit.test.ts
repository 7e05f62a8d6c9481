import rule from '../../../../src/classify/rules/limits/deploy-size-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli issue 2910
      text: 'INVALID_OPERATION: Too many files in zip',
      captures: { limit: 'Too many files in zip' }
    },
    {
      // forcedotcom/cli issue 109
      text: 'ERROR: Maximum size of request reached. Maximum size of request is 52428800 bytes.',
      surface: 'log',
      captures: { count: '52428800' }
    }
  ],
  negatives: [
    { text: 'INVALID_OPERATION: runTests must not be empty when a testLevel of RunSpecifiedTests is used' }
  ]
})
