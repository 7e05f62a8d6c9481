import rule from '../../../../src/classify/rules/test/mixed-dml-operation.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // dschibster/sfdx-batch-orchestrator issue 20
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: MIXED_DML_OPERATION, DML operation on setup object is not permitted after you have updated a non-setup object (or vice versa): Batch_Job_Log__c, original object: User: []',
      captures: { object: 'Batch_Job_Log__c', originalObject: 'User' }
    },
    {
      // jongpie/NebulaLogger issue 938 (wrapped)
      text: 'Failed to save batch job log: Insert failed. First exception on row 0; first error: MIXED_DML_OPERATION, DML operation on setup object is not permitted after you have updated a non-setup object (or vice versa): Log__c, original object: PermissionSetAssignment: []',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Mixed DML operations are allowed in @future methods' }]
})
