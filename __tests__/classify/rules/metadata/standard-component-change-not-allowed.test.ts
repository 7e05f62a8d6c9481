import rule from '../../../../src/classify/rules/metadata/standard-component-change-not-allowed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
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
    { text: 'Cannot delete record type through API' },
    { text: "Could not resolve standard field's name." }
  ]
})
