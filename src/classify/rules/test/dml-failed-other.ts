import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'dml-failed-other',
  category: 'test',
  title: '{operation} failed in the test with {statusCode}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /(?<operation>Insert|Update|Upsert|Delete|Undelete|Merge|ConvertLead|SendEmail) failed\. First exception on row (?<row>\d+)(?: with id (?<recordId>\w+))?; first error: (?<statusCode>[A-Z_]+), (?<detail>[^\n]*)/
  ],
  explanation:
    'A DML statement executed by the test (or by code it calls) was rejected by Salesforce; the status code and the text after it name the reason.',
  remediation: [
    'Read the status code and message, then fix the test data or the code that builds the record.',
    'Re-run just this test: `sf apex run test --tests {testName} --synchronous --target-org <org>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
