import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'insufficient-access-in-test',
  category: 'test',
  title: 'The user running the test lacks access to a record or field',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /(?<code>INSUFFICIENT_ACCESS_OR_READONLY|INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY|INSUFFICIENT_ACCESS), (?<detail>[^\n]*)/,
    /(?<detail>Insufficient permissions: secure query included inaccessible field)/,
    /System\.NoAccessException: (?<detail>[^\n]*)/
  ],
  explanation:
    'Code ran as a user (often one created with System.runAs) that cannot read or edit the record, a related record, or a field the query enforces with WITH SECURITY_ENFORCED / USER_MODE.',
  remediation: [
    'Give the test user the permission set the feature needs (assign it inside the test), or run as a user that has it.',
    'Make the test own the records it edits, or share them, instead of touching records owned by others.',
    'If the code should run in system mode, check its sharing declaration (`with sharing` / `inherited sharing`) and access mode.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_tools_runas.htm'
  ],
  retryable: false
})
