import rule from '../../../../src/classify/rules/test/dml-failed-other.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SOAP status code in an email send from a test
      text: 'System.EmailException: SendEmail failed. First exception on row 0; first error: INVALID_EMAIL_ADDRESS, Email address is invalid: foo: [toAddresses, foo]',
      captures: { operation: 'SendEmail', statusCode: 'INVALID_EMAIL_ADDRESS' }
    },
    {
      // SOAP status code INVALID_FIELD_FOR_INSERT_UPDATE in a test
      text: 'System.DmlException: Update failed. First exception on row 0 with id 001000000000001AAA; first error: INVALID_FIELD_FOR_INSERT_UPDATE, Unable to create/update fields: Name. Please check the security settings of this field and verify that it is read/write for your profile or permission set.: [Name]',
      captures: {
        operation: 'Update',
        statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
        recordId: '001000000000001AAA'
      }
    }
  ],
  negatives: [{ text: 'Insert failed for 3 records', surface: 'log' }]
})
