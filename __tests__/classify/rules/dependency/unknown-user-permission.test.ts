import rule from '../../../../src/classify/rules/dependency/unknown-user-permission.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SFDO-Community/declarative-lookup-rollup-summaries#58.
      text: 'Unknown user permission: AllowUniversalSearch',
      captures: { permission: 'AllowUniversalSearch' }
    },
    {
      // forcedotcom/cli#1529.
      text: 'Unknown user permission: SendExternalEmailAvailable',
      captures: { permission: 'SendExternalEmailAvailable' }
    },
    {
      // dxatscale/sfpowerkit#674, in a CI log line.
      text: 'Admin  Profile  Unknown user permission: ManageHpi',
      surface: 'log',
      captures: { permission: 'ManageHpi' }
    }
  ],
  negatives: [
    { text: "The user license doesn't allow the permission: FreezeUsers" },
    { text: 'Permission ViewSetup depends on permission(s): ViewRoles' }
  ]
})
