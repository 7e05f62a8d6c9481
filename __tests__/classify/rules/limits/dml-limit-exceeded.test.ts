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
    },
    {
      // Forceea-data-factory#180: a delete whose cascade to child records passes the platform's cap
      text: 'System.DmlException: Delete failed. First exception on row 0 with id 0065g00000AbCdEAAV; first error: DELETE_OPERATION_TOO_LARGE, Cascade deleting too many records: occurring when cascading to Opportunity Product records: []',
      captures: { code: 'DELETE_OPERATION_TOO_LARGE' }
    },
    {
      // the status code from the StatusCode list, with our own text after it
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: MAXIMUM_SIZE_OF_ATTACHMENT, Attachment size exceeds limit: []',
      captures: { code: 'MAXIMUM_SIZE_OF_ATTACHMENT' }
    }
  ],
  negatives: [
    {
      // a data error in the test's own record, not a cap
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: STRING_TOO_LONG, Name: data value too large: []'
    },
    {
      text: 'LIMIT_EXCEEDED: Try deploying again. Your deployment exceeded its maximum retry limit.',
      surface: 'cli'
    }
  ]
})
