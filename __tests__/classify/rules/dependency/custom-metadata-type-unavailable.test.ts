import rule from '../../../../src/classify/rules/dependency/custom-metadata-type-unavailable.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#3140: record of a type that failed to deploy.
      text: 'MyCustom.RecordName: Custom metadata type MyCustom__mdt is not available in this organization.',
      captures: { type: 'MyCustom__mdt' }
    },
    {
      // Same message alone.
      text: 'Custom metadata type Feature_Flag__mdt is not available in this organization.',
      captures: { type: 'Feature_Flag__mdt' }
    }
  ],
  negatives: [
    { text: 'Must specify a non-empty plural label for the CustomObject' },
    { text: 'Not available for deploy for this organization' }
  ]
})
