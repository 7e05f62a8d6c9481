import rule from '../../../../src/classify/rules/auth/deploy-user-missing-permission.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#3048
      text: 'Error (sf:INSUFFICIENT_ACCESS): INSUFFICIENT_ACCESS: use of the Metadata API requires a user with the ModifyAllData or ModifyMetadata permissions',
      captures: { permission: 'ModifyAllData or ModifyMetadata' }
    },
    {
      // forcedotcom/code-builder-feedback#66
      text: 'sf:INSUFFICIENT_ACCESS: INSUFFICIENT_ACCESS: use of the Metadata API requires a user with the ModifyAllData or ModifyMetadata permissions',
      surface: 'log'
    },
    {
      // certinia/apex-mdapi#6
      text: 'INSUFFICIENT_ACCESS: Insufficient access; cannot execute Metadata operation with PAC enabled session id'
    }
  ],
  negatives: [
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY, insufficient access rights on cross-reference id: []'
    }
  ]
})
