import rule from '../../../../src/classify/rules/metadata/profile-assignment-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Metadata API error on Profile fieldPermissions (existence recorded in the research corpus, B53)
      text: 'You cannot deploy to a required field: Account.Name',
      captures: { field: 'Account.Name' }
    },
    {
      // forcedotcom/salesforcedx-vscode#1096 (profileActionOverrides)
      text: "If Action is set to 'Tab', you must specify a CustomApplication."
    }
  ],
  negatives: [
    { text: 'Unknown user permission: AllowUniversalSearch' },
    { text: "The user license doesn't allow the permission: FreezeUsers" }
  ]
})
