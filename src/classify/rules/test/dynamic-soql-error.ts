import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'dynamic-soql-error',
  category: 'test',
  title: 'A dynamically built SOQL query is malformed: {detail}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /QueryException: (?<detail>(?:unexpected token|expecting |no viable alternative|line \d+:\d+ no viable)[^\n]*)/
  ],
  explanation:
    'A query string assembled at runtime (Database.query) is not valid SOQL: a missing space or comma, an empty IN list, or an unescaped value.',
  remediation: [
    'Log the final query string (`System.debug`) at the line in the stack trace and run it in the Developer Console.',
    'Use bind variables (`:value`) instead of concatenating values, and skip empty filters.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dynamic_soql.htm'],
  retryable: false
})
