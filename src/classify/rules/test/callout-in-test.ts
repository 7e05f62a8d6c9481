import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'callout-in-test',
  category: 'test',
  title: 'The test made a real callout; tests must use a mock ({what})',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/Methods defined as TestMethod do not support (?<what>Web service callouts|getContent call)/],
  explanation:
    'Apex tests cannot call external services or render pages with getContent. Without a registered mock, the first HTTP/SOAP callout (or PageReference.getContent) in a test fails.',
  remediation: [
    'Register a mock before the code calls out: `Test.setMock(HttpCalloutMock.class, new MyMock())` (or WebServiceMock for SOAP).',
    'For `PageReference.getContent()`/`getContentAsPDF()`, guard the call with `Test.isRunningTest()` and return a stub Blob.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_restful_http_testing.htm'
  ],
  retryable: false
})
