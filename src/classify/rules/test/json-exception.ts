import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'json-exception',
  category: 'test',
  title: 'Apex could not parse or map JSON: {detail}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/JSONException: (?<detail>[^\n]*)/],
  explanation:
    'JSON.deserialize or the JSON parser received text that is not valid JSON (an HTML error page, an empty body) or does not fit the Apex type it is mapped to.',
  remediation: [
    'Check the payload the test feeds in (mock response body, static resource) is valid JSON of the expected shape.',
    'Make the mock return the same JSON the real service returns; handle non-200 responses before parsing.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_class_System_Json.htm'],
  retryable: false
})
