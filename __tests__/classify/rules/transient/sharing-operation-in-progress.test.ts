import rule from '../../../../src/classify/rules/transient/sharing-operation-in-progress.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx-hardis deployment assistant: a French-language org during a sharing recalculation
      text: 'Le calcul de partage demandé ne peut être traité maintenant car il interfère avec une autre opération en cours',
      surface: 'component'
    },
    {
      // a permission set group still recalculating when a test assigns it (public issue)
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: INVALID_CROSS_REFERENCE_KEY, You can only assign users to permission set groups that have the "Updated" status: [PermissionSetGroupId]',
      surface: 'test'
    },
    {
      // flxbl-io/sfp#184
      text: "The sharing calculation you requested can't be processed right now, because it interferes with another operation already in progress. Please try again later.",
      surface: 'component'
    },
    {
      text: 'group membership operation already in progress',
      surface: 'log'
    }
  ],
  negatives: [
    {
      text: 'Sharing rule Account_Share_Rule is not valid: sharedTo group does not exist',
      surface: 'component'
    }
  ]
})
