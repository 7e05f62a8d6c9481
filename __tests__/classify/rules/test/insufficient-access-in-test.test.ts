import rule from '../../../../src/classify/rules/test/insufficient-access-in-test.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforce.oikeru.com: access rights
      text: 'System.DmlException: Update failed. First exception on row 0 with id 001000000000001AAA; first error: INSUFFICIENT_ACCESS_OR_READONLY, insufficient access rights on object id: []',
      captures: { code: 'INSUFFICIENT_ACCESS_OR_READONLY' }
    },
    {
      // douglascayers/sfdc-convert-attachments-to-chatter-files issue 46
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY, insufficient access rights on cross-reference id: []',
      captures: { code: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY' }
    },
    {
      // SFDO-Community/GrantGuides issue 81
      text: 'System.QueryException: Insufficient permissions: secure query included inaccessible field'
    }
  ],
  negatives: [{ text: 'INSUFFICIENT_ACCESS: insufficient access rights on object id', surface: 'cli' }]
})
