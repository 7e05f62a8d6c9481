import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-code-size-limit',
  category: 'limits',
  title: "The org's Apex code is larger than Salesforce allows",
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /The total size of apex code in this application after removing comments exceeds the max[a-z]{0,4}mum character size of (?<count>\d+)/,
    /\bScript too large\b/
  ],
  explanation:
    'An org may hold at most a fixed number of characters of Apex (6 MB in most editions, comments and test classes excluded), and one class or trigger has its own size limit; this deployment would exceed one of them.',
  remediation: [
    'Delete unused classes and triggers from the org (a destructive change) before deploying, and move large generated code (WSDL stubs, MetadataService) out or trim it.',
    'Split very large classes into smaller ones.',
    "If the code is all needed, ask Salesforce support about the org's Apex size limit."
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm'],
  retryable: false
})
