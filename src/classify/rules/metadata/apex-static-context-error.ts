import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-static-context-error',
  category: 'metadata',
  title: 'Apex mixes static and instance members: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<detail>\bNon static (?:method|field) cannot be referenced from a static context: [^\n]+)/,
    /(?<detail>\bStatic (?:method|field) cannot be referenced from a non static context: [^\n]+)/,
    /(?<detail>\b(?:This|Super) cannot be referenced in a static context)/,
    /(?<detail>\bAbstract method cannot be called directly: [^\n]+)/
  ],
  explanation:
    'Code calls an instance method or field from a static method (or a static member through an instance). Apex resolves this at compile time, so the class does not save.',
  remediation: [
    'Create an instance and call the member on it, or mark the member `static` if it keeps no state ({detail}).',
    'Call static members through the class name, not through a variable.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
