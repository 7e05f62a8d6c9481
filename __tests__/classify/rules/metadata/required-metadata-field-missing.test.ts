import rule from '../../../../src/classify/rules/metadata/required-metadata-field-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#1315 (Flow scheduledPaths, version skew)
      text: 'Required field is missing: name',
      captures: { field: 'name' }
    },
    {
      // forcedotcom/cli#3140
      text: 'MyCustom__mdt: Must specify a non-empty plural label for the CustomObject',
      captures: { type: 'CustomObject' }
    }
  ],
  negatives: [
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: REQUIRED_FIELD_MISSING, Required fields are missing: [Name]: [Name]'
    },
    { text: 'Required fields are missing: [LastName]' }
  ]
})
