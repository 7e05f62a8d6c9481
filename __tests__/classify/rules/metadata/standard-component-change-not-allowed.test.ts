import rule from '../../../../src/classify/rules/metadata/standard-component-change-not-allowed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli issue 2733: a package version create meeting a retired permission
      text: 'Admin: You may not modify the permission Allow user to train and generate models for Object Detection. (Retired) while editing a Standard Profile',
      surface: 'cli'
    },
    {
      // Gearset article on CustomObjectTranslation deletions
      text: "The CustomObjectTranslation called 'Account-fr' is standard and cannot be deleted",
      captures: { type: 'CustomObjectTranslation', name: 'Account-fr' }
    },
    {
      // Metadata API refusal to rename a standard profile
      text: 'Cannot rename standard profile'
    }
  ],
  negatives: [
    { text: 'You may not modify the permission set assignment of another user', surface: 'cli' },
    { text: 'Cannot delete record type through API' },
    { text: "Could not resolve standard field's name." }
  ]
})
