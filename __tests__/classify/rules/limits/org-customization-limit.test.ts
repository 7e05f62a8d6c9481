import rule from '../../../../src/classify/rules/limits/org-customization-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // derickporter1993/Solentra---Prometheion docs: a platform event over the org's custom object cap
      text: 'reached maximum number of custom objects',
      surface: 'component',
      captures: { limit: 'custom objects' }
    },
    {
      // a source deploy whose zipped static resource came out at 5.13 MB
      text: 'static resource cannot exceed 5MB',
      captures: { limit: 'static resource cannot exceed 5MB' }
    },
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
    },
    {
      // status codes of the API's StatusCode enumeration; the text after each is ours
      text: 'NUM_HISTORY_FIELDS_BY_SOBJECT_EXCEEDED: Account: field history tracking',
      surface: 'component',
      captures: { limit: 'NUM_HISTORY_FIELDS_BY_SOBJECT_EXCEEDED' }
    },
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: MAX_APPROVAL_STEPS_EXCEEDED, too many steps: []',
      surface: 'test',
      captures: { limit: 'MAX_APPROVAL_STEPS_EXCEEDED' }
    },
    { text: 'MAXIMUM_HIERARCHY_LEVELS_REACHED: role hierarchy', surface: 'cli' },
    {
      // the spanning-relationship cap as a public project's deploy notes quote it (Quote formula fields)
      text: '16 unique relationships while only 15 are allowed',
      captures: { limit: '16 unique relationships while only 15 are allowed' }
    }
  ],
  negatives: [
    // A tool's own retries, not an org's cap.
    { text: 'Polling reached the maximum number of retries (120)', surface: 'cli' },
    { text: 'Custom Field Definition ID: bad value for restricted picklist field', surface: 'component' },
    // A record's own size, not an org's cap on components.
    { text: 'MAXIMUM_SIZE_OF_ATTACHMENT: attachment too large', surface: 'component' },
    { text: 'first error: MAX_TRIGGERS_EXCEEDED_BY_USER, custom code', surface: 'test' }
  ]
})
