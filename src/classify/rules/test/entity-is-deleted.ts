import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'entity-is-deleted',
  category: 'test',
  title: 'The code tried to update or reference a record that was already deleted',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/ENTITY_IS_DELETED, (?<detail>[^\n]*)/],
  explanation:
    'The record was deleted earlier in the same transaction (or by other automation) and is then updated or referenced again.',
  remediation: [
    'Trace where the record is deleted (triggers, flows, the test itself) and avoid touching it afterwards.',
    'Re-query records before updating them when other automation may delete them.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
