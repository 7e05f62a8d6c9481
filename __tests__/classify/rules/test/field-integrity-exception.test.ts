import rule from '../../../../src/classify/rules/test/field-integrity-exception.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // fishofprey.com 2012
      text: 'System.DmlException: Upsert failed. First exception on row 0 with id 01uF0000007wq56IAA; first error: FIELD_INTEGRITY_EXCEPTION, field integrity exception: []',
      captures: { detail: 'field integrity exception' }
    },
    {
      // Role/user type mismatch in a test
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: FIELD_INTEGRITY_EXCEPTION, role type must match user type: []',
      captures: { detail: 'role type must match user type' }
    }
  ],
  negatives: [
    { text: 'FIELD_INTEGRITY_EXCEPTION: Picklist value: Foo in picklist: Status not found', surface: 'cli' }
  ]
})
