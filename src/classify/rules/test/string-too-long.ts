import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'string-too-long',
  category: 'test',
  title: 'A value is longer than {label|its field} allows (max {maxLength|length not given})',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /STRING_TOO_LONG, (?<label>[^:\n]+): data value too large: [^\n]*\(max length=(?<maxLength>\d+)\)(?:: \[(?<field>[^\]\n]*)\])?/,
    /STRING_TOO_LONG, (?<detail>[^\n]*)/
  ],
  explanation:
    'The record being saved has a text value longer than the field’s length. Generated test data or concatenated values outgrow the field, or the field was shortened in the target org.',
  remediation: [
    'Truncate the value before saving (`value.left(n)`), or shorten the test data.',
    'Compare the field length in the target org with the source.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
