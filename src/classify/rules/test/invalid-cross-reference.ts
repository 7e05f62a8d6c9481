import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'invalid-cross-reference',
  category: 'test',
  title: 'The test saved a record pointing at an Id that is not valid here (INVALID_CROSS_REFERENCE_KEY)',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /INVALID_CROSS_REFERENCE_KEY, Record Type ID: this ID value isn't valid for the user: (?<recordTypeId>\w+)/,
    /INVALID_CROSS_REFERENCE_KEY(?:, | : )(?<detail>[^\n]*)/
  ],
  explanation:
    'A lookup, owner or record type on the saved record holds an Id that does not exist in this org, is not of the expected type, or is not available to the running user. Hard-coded Ids copied from another org are the classic cause.',
  remediation: [
    'Remove hard-coded Ids from the test and code; look records and record types up by name (`Schema.SObjectType.Account.getRecordTypeInfosByDeveloperName()`).',
    'Make sure the running user’s profile has access to the record type, and that referenced records are created by the test.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
