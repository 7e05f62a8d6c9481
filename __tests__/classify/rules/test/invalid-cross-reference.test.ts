import rule from '../../../../src/classify/rules/test/invalid-cross-reference.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // mbotos/SmartFactory-for-Force.com issue 25
      text: "System.DmlException: Insert failed. First exception on row 0; first error: INVALID_CROSS_REFERENCE_KEY, Record Type ID: this ID value isn't valid for the user: 012000000000000AAA: [RecordTypeId]",
      captures: { recordTypeId: '012000000000000AAA' }
    },
    {
      // qsyd_InvocableEmailActions issue 8: SaveResult formatted by the library
      text: '((1) : INVALID_CROSS_REFERENCE_KEY : invalid cross reference id)',
      captures: { detail: 'invalid cross reference id)' }
    },
    {
      // Generic invalid cross reference id
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: INVALID_CROSS_REFERENCE_KEY, invalid cross reference id: []'
    }
  ],
  negatives: [{ text: 'Cross reference id lookup enabled' }]
})
