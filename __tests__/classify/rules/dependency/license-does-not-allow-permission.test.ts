import rule from '../../../../src/classify/rules/dependency/license-does-not-allow-permission.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/devops-center-feedback#290.
      text: "The user license doesn't allow the permission: FreezeUsers",
      captures: { permission: 'FreezeUsers' }
    },
    {
      // DevOps Center wrapper with curly apostrophe.
      text: 'Profile failed to deploy due to The user license doesn’t allow the permission: ManageUsers',
      captures: { permission: 'ManageUsers' }
    }
  ],
  negatives: [
    { text: 'Unknown user permission: FreezeUsers' },
    { text: 'Permission set must be associated to a user license' }
  ]
})
