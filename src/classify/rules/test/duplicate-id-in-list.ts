import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'duplicate-id-in-list',
  category: 'test',
  title: 'The same record appears twice in a list passed to DML',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/Duplicate id in list: (?<recordId>\w+)/],
  explanation:
    'A List given to update/delete contains the same record Id more than once, which Salesforce refuses.',
  remediation: ['Collect records in a `Map<Id, SObject>` and pass `map.values()` to the DML statement.'],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_classes_exception_methods.htm'
  ],
  retryable: false
})
