import rule from '../../../../src/classify/rules/test/trigger-exception-in-dml.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // dlrs issue 205: inner no-rows exception decides the cause
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, AVTRRT.Trigger_Placement: execution of BeforeInsert caused by: System.QueryException: List has no rows for assignment to SObject (AVTRRT) : [] (dlrs)',
      captures: { trigger: 'AVTRRT.Trigger_Placement', event: 'BeforeInsert' }
    },
    {
      // Typical multi-line trigger failure with NPE
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, ContactTrigger: execution of AfterInsert\n\ncaused by: System.NullPointerException: Attempt to de-reference a null object\n\nClass.ContactHandler.afterInsert: line 10, column 1: []',
      captures: {
        trigger: 'ContactTrigger',
        event: 'AfterInsert',
        inner: 'System.NullPointerException: Attempt to de-reference a null object'
      }
    }
  ],
  negatives: [
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, tes23425632.test12: execution of BeforeInsert'
    }
  ]
})
