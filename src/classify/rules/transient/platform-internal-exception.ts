import { defineRule } from '../../define-rule.js'

// Not the database's own error (SfdcSqlException, "ORA-00920: invalid relational operator"): it comes
// back for the same query every time, and every reader of those reports blamed the test's query.
const NOT_THE_DATABASE = String.raw`(?!(?:common\.exception\.)?SfdcSqlException\b)`

export default defineRule({
  id: 'platform-internal-exception',
  category: 'transient',
  title: 'A Salesforce platform service failed inside the request',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    new RegExp(
      String.raw`System\.UnexpectedException: ${NOT_THE_DATABASE}(?<detail>Search Unavailable|Salesforce System Error|common\.[\w.]+|java\.[\w.]+)`
    ),
    /^Search Unavailable\b/m,
    /\bjava\.lang\.(?<detail>\w+(?:Exception|Error))\b/,
    /Programmer error: Cannot use savepoints that are rolled back/,
    new RegExp(String.raw`\bcommon\.exception\.${NOT_THE_DATABASE}(?<detail>\w+Exception)\b`),
    /\bINVALID_QUERY_LOCATOR\b/,
    /\bUNKNOWN_EXCEPTION, (?<detail>common\.[\w.]+)/,
    // The Apex runtime's own classes failing a cast inside the platform.
    /\b(?<detail>common\.apex\.runtime\.[\w.]+ cannot be cast to common\.apex\.runtime\.[\w.]+)/
  ],
  explanation:
    'The failure came from inside the platform (a Java exception, an unavailable search index in a new scratch org) rather than from the deployed code or test assertions. These come and go with the state of the server.',
  remediation: [
    'Rerun the tests or deploy; search indexes in new scratch orgs become available after a few minutes.',
    'If it repeats, isolate the test or component and open a Salesforce support case with the full message.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: true
})
