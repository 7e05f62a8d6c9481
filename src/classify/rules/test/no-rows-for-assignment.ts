import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'no-rows-for-assignment',
  category: 'test',
  title: 'A SOQL query assigned to a single record returned no rows',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/List has no rows for assignment to SObject/],
  explanation:
    'Code assigns the result of a query directly to one SObject variable, and the query found nothing. In tests the record usually does not exist because the test did not create it (profiles, record types or custom settings looked up by name, or org data without SeeAllData).',
  remediation: [
    'Find the query at the top frame of the stack trace and check which record it expects.',
    'Create that record in the test (or @TestSetup), or look up metadata-like records (Profile, RecordType) that exist in every org.',
    'In production code, query into a List and handle the empty case.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_SOQL.htm'],
  retryable: false
})
