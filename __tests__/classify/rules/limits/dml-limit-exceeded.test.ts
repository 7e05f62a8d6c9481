import rule from '../../../../src/classify/rules/limits/dml-limit-exceeded.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SOAP API StatusCode LIMIT_EXCEEDED inside a DML exception
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: LIMIT_EXCEEDED, Maximum number of members exceeded: []',
      captures: { detail: 'Maximum number of members exceeded' }
    },
    {
      // Same inside a test line
      text: 'System.DmlException: Update failed. First exception on row 0 with id 001000000000001AAA; first error: LIMIT_EXCEEDED, Sharing rule limit exceeded: []',
      surface: 'log'
    }
  ],
  negatives: [
    {
      text: 'LIMIT_EXCEEDED: Try deploying again. Your deployment exceeded its maximum retry limit.',
      surface: 'cli'
    }
  ]
})
