import rule from '../../../../src/classify/rules/dependency/invalid-field-specified.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // logontokartik/VFDynamicComponents#1: Remote Objects field.
      text: "Invalid field 'Contact.Image_URL__c' specified. Ensure that you use the full API name for any custom fields.",
      captures: { object: 'Contact', field: 'Image_URL__c' }
    },
    {
      // Same message in a CLI FailedValidationError line.
      text: "FailedValidationError: Failed to validate the deployment (0Af000000000002). Due To:\nError in ContactCards - Invalid field 'Contact.Photo__c' specified. Ensure that you use the full API name for any custom fields.",
      surface: 'cli',
      captures: { object: 'Contact', field: 'Photo__c' }
    }
  ],
  negatives: [
    { text: 'Invalid field Region__c for SObject Account', surface: 'cli' },
    { text: "Invalid field 'x' in filter" }
  ]
})
