import rule from '../../../../src/classify/rules/limits/org-customization-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SOAP API StatusCode CUSTOM_ENTITY_OR_FIELD_LIMIT on a CustomField deploy
      text: 'CUSTOM_ENTITY_OR_FIELD_LIMIT: You have reached the maximum number of custom objects or custom fields for your organization.',
      captures: { limit: 'CUSTOM_ENTITY_OR_FIELD_LIMIT' }
    },
    {
      // deejay-hub/timeline-lwc issue 188 (install of custom metadata records)
      text: 'Custom metadata limit exceeded. Your organization has reached its custom metadata maximum limit.',
      surface: 'component'
    },
    {
      // SOAP API StatusCode text for tabs
      text: 'You have reached the maximum number of custom tabs for your organization.',
      surface: 'component',
      captures: { limit: 'custom tabs for your organization' }
    }
  ],
  negatives: [
    { text: 'Custom Field Definition ID: bad value for restricted picklist field', surface: 'component' }
  ]
})
