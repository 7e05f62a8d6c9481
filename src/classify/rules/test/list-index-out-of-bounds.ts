import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'list-index-out-of-bounds',
  category: 'test',
  title: 'Code read list element {index}, which does not exist',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/List index out of bounds: (?<index>-?\d+)/],
  explanation:
    'Code accessed a list position beyond its size, usually `list[0]` on a query result or split string that came back empty because the expected data was not there.',
  remediation: [
    'Check the list size before indexing (`if (!results.isEmpty())`).',
    'In the test, create the records the code expects the query to return.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_classes_exception_methods.htm'
  ],
  retryable: false
})
