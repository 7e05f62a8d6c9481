import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'field-not-queried',
  category: 'test',
  title: 'Code read {object}.{field}, which the SOQL query did not select',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /SObject row was retrieved via SOQL without querying the requested field: (?<object>\w+)\.(?<field>\w+)/
  ],
  explanation:
    'Apex only populates the fields named in the SELECT clause. Reading {object}.{field} on a record that came from a query without it throws at runtime.',
  remediation: [
    'Add `{field}` to the SELECT list of the query that produced the record (check selector classes and dynamic field lists).',
    'If the record is passed between methods, make sure every path that queries it selects the field.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_SOQL.htm'],
  retryable: false
})
