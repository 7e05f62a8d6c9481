import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'query-too-complicated',
  category: 'limits',
  title: 'A query is too large or too complex for Salesforce to run it',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /\b(?<limit>QUERY_TOO_COMPLICATED)\b/,
    /\bQuery is either selecting too many fields or the filter conditions are too complicated\b/,
    // Tools that build IN lists from every component or record Id run into the length cap.
    /\b(?<limit>SOQL statements can ?not be longer than [\d,]+ characters)\b/
  ],
  explanation:
    'Salesforce caps the work a single query may cost once its fields are expanded: formula fields that reference many related objects, very many selected fields, or long filter lists make the compiled query too large, and it is refused.',
  remediation: [
    'Select only the fields the code needs; avoid `FIELDS(ALL)` and selecting every formula field of a large object.',
    'Simplify the filter (fewer OR branches, shorter IN lists) or split the query in two.',
    'Look for formula fields with deep cross-object references on the queried object and simplify them.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_soslsoql.htm'
  ],
  retryable: false
})
