import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'invalid-id',
  category: 'test',
  title: 'A string used as a record Id is not a valid Salesforce Id',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/StringException: Invalid id(?:: (?<value>[^\n]*))?/],
  explanation:
    'Code converted a string to an Id (assignment, `Id.valueOf`, a query bind) and the string was not a 15- or 18-character Salesforce Id, often a hard-coded or empty value in test data.',
  remediation: [
    'Use Ids of records the test created, or `fflib_IDGenerator`-style helpers that build valid fake Ids.',
    'Validate input before converting it (`value instanceof Id`, or catch StringException).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_classes_exception_methods.htm'
  ],
  retryable: false
})
