import rule from '../../../../src/classify/rules/transient/unable-to-lock-row.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Apex test failure (research corpus 2.45): a lock inside a test is transient, not a test failure.
      text: 'System.DmlException: Update failed. First exception on row 0 with id 0015g00000XyZ12AAB; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record: []'
    },
    {
      // SFDO-Community/declarative-lookup-rollup-summaries#847
      text: 'System.DmlException: Upsert failed. First exception on row 2; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record or 4 records: a2E0J000000i8bpUAA,a2Eb0000000gONHEA2,a2E0J0000001HBUUA2,a2E0J000000i8YqUAI: []',
      captures: { records: '4' }
    },
    {
      // jsforce/jsforce#1018
      text: 'UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 1 records',
      surface: 'cli',
      captures: { records: '1' }
    },
    {
      // component problem on a deploy
      text: 'UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this record',
      surface: 'component'
    }
  ],
  negatives: [
    {
      text: 'System.DmlException: Update failed. First exception on row 0; first error: ENTITY_IS_LOCKED, the entity is locked for editing: []'
    }
  ]
})
