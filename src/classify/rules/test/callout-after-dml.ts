import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'callout-after-dml',
  category: 'test',
  title: 'A callout was made after DML or a savepoint in the same transaction',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /You have uncommitted work pending\. Please commit or rollback before calling out/,
    /You cannot make callout after creating a Savepoint/
  ],
  explanation:
    'Salesforce forbids an HTTP callout once the transaction has uncommitted DML or a savepoint. In tests this usually means records are inserted and then the code calls out (even to a mock) in the same context.',
  remediation: [
    'In the test, insert data first, then call `Test.startTest()` before the code that calls out, so the callout runs in a fresh context.',
    'In production code, make the callout before any DML, or move it to an @future(callout=true) / Queueable job.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_restful_http_testing.htm'
  ],
  retryable: false
})
