import rule from '../../../../src/classify/rules/dependency/permission-set-group-member-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // UnofficialSF/FSC community permissions deploy
      text: 'Error FSC_Community_Permissions Cannot create permission set group components since the following permission set names are invalid: XYZ_for_Community',
      captures: { names: 'XYZ_for_Community' }
    }
  ],
  negatives: [
    {
      text: 'Cannot create permission set group components since the permission set group is being recalculated'
    },
    {
      text: 'In field: permissionSets - no PermissionSet named XYZ_for_Community found'
    }
  ]
})
