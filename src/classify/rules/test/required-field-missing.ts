import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'required-field-missing',
  category: 'test',
  title: 'The test saved a record without required fields: {fields}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /REQUIRED_FIELD_MISSING, Required fields are missing: \[(?<fields>[^\]\n]*)\]/,
    /REQUIRED_FIELD_MISSING, (?<fields>[^\n]*)/
  ],
  explanation:
    'The record inserted by the test (or by code it calls) leaves fields empty that are required in the target org, by the field definition, a page-independent requirement or a master-detail relationship.',
  remediation: [
    'Populate {fields} on the records the test creates (ideally in the shared test data factory).',
    'If the field became required in this deployment, update the tests and code that create the record in the same deployment.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
