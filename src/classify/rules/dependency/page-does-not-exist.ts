import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'page-does-not-exist',
  category: 'dependency',
  title: 'Visualforce page {page} does not exist in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [/\bPage (?<page>\w+) does not exist\b/],
  explanation:
    'Apex refers to the page through `Page.{page}`, and the compiler checks that the page exists. It is neither in the target org nor in this deployment.',
  remediation: [
    'Deploy the page with (or before) the Apex that references it: `sf project deploy start --metadata ApexPage:{page}`.',
    'If the page was renamed or removed, update the `Page.{page}` reference.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_pages.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm'
  ],
  retryable: false
})
