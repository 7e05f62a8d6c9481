import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'null-pointer',
  category: 'test',
  title: 'Apex dereferenced a null value (NullPointerException)',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/NullPointerException: (?<detail>[^\n]*)/, /(?<detail>Attempt to de-reference a null object)/],
  explanation:
    'A variable, field or method result was null where the code used it (called a method on it, read a field, or passed it where null is not allowed). In tests this often means data the code expects (a related record, a custom setting, a map entry) was not created.',
  remediation: [
    'Open the top frame of the stack trace; the line named there uses a value that was null.',
    'Create the missing data in the test, or make the code handle the null (safe navigation `?.`, explicit checks).',
    'Re-run just this test: `sf apex run test --tests {testName} --synchronous --target-org <org>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_classes_exception_methods.htm'
  ],
  retryable: false
})
