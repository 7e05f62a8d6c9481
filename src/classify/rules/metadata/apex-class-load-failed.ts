import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-class-load-failed',
  category: 'metadata',
  title: 'Apex class {className} failed to compile earlier in this deploy',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [/Previous load of class failed: (?<className>[\w.]+)/],
  explanation:
    'Salesforce tried to use {className} after it had already failed to compile in the same deploy or test run; the first error reported for {className} is the cause.',
  remediation: [
    'Find the first failure reported for {className} and fix it; this message disappears with it.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_version_settings.htm'
  ],
  retryable: false
})
