import rule from '../../../../src/classify/rules/limits/storage-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SOAP API StatusCode list (research 2.47)
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: STORAGE_LIMIT_EXCEEDED, storage limit exceeded: []',
      captures: { code: 'STORAGE_LIMIT_EXCEEDED' }
    },
    {
      // Same status code as a deploy-level error envelope
      text: 'STORAGE_LIMIT_EXCEEDED: storage limit exceeded',
      surface: 'cli'
    }
  ],
  negatives: [{ text: 'Storage used: 45% of 5 GB' }]
})
