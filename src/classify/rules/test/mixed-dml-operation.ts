import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'mixed-dml-operation',
  category: 'test',
  title: 'Setup and non-setup objects were saved in the same transaction (MIXED_DML_OPERATION)',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /MIXED_DML_OPERATION, DML operation on setup object is not permitted after you have updated a non-setup object \(or vice versa\): (?<object>\w+), original object: (?<originalObject>\w+)/,
    /MIXED_DML_OPERATION\b/
  ],
  explanation:
    'Salesforce does not allow saving setup objects (User, Group, PermissionSetAssignment…) and regular records in the same transaction. Tests typically insert a User and then business records, or the reverse.',
  remediation: [
    'In the test, wrap the setup-object DML (User, PermissionSetAssignment…) in `System.runAs(new User(Id = UserInfo.getUserId())) { … }`.',
    'In production code, move one of the operations to an @future or Queueable method.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dml_non_mix_sobjects.htm'
  ],
  retryable: false
})
