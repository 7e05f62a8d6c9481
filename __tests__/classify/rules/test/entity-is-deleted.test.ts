import rule from '../../../../src/classify/rules/test/entity-is-deleted.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforcexytools.com 2017
      text: 'First error: Update failed. First exception on row 0 with id a08000000000001AAA; first error: ENTITY_IS_DELETED, entity is deleted: []',
      captures: { detail: 'entity is deleted: []' }
    },
    {
      // Apex test deleting then updating
      text: 'System.DmlException: Delete failed. First exception on row 0 with id 001000000000001AAA; first error: ENTITY_IS_DELETED, entity is deleted: []'
    }
  ],
  negatives: [{ text: 'Deleted entities are kept in the Recycle Bin' }]
})
