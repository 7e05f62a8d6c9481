import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'list-view-column-unresolved',
  category: 'dependency',
  title: 'List view column {column} refers to a field the target org does not have',
  surfaces: ['component', 'log'],
  patterns: [/Could not resolve list view column: (?<column>[\w.]+)/],
  explanation:
    'A list view names a column (a field, or a standard column token such as ACCOUNT.RECORDTYPE) that does not exist in the target org, often because the field, the record types or the feature behind the column are missing there.',
  remediation: [
    'Deploy the field (or enable the record types or feature) the column refers to before the list view, or remove the column from the list view XML.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_listview.htm'],
  retryable: false
})
