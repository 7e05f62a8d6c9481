import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'duplicate-record',
  category: 'test',
  title: 'The test saved a record that duplicates an existing one ({code})',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /(?<code>DUPLICATE_VALUE), duplicate value found: (?<field>[^\s:]+) duplicates value on record with id: (?<recordId>[^\s:]+)/,
    /(?<code>DUPLICATE_VALUE|DUPLICATES_DETECTED), (?<detail>[^\n]*)/
  ],
  explanation:
    'Either a unique field (or external Id) already holds the value the test wrote (DUPLICATE_VALUE), or an active Duplicate Rule in the target org blocked the record as a likely duplicate (DUPLICATES_DETECTED). Tests that use fixed names or rely on SeeAllData are prone to it.',
  remediation: [
    'Make the values the test writes unique (append a counter or timestamp), and avoid reusing org data.',
    'For DUPLICATES_DETECTED, give the test data distinct names/emails, or set `Database.DMLOptions.DuplicateRuleHeader.allowSave = true` where saving duplicates is intended.',
    'Check that the test does not insert the same record twice (e.g. in @TestSetup and again in the method).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
