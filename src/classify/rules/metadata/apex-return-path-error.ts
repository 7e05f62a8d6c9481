import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-return-path-error',
  category: 'metadata',
  title: 'Apex method does not return correctly: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<detail>\bMissing return statement required return type: (?<returnType>[^\s(]+))/,
    /(?<detail>\bNon-void method might not return a value[^\n]*)/,
    /(?<detail>\b(?:Void method|Constructors|Trigger bodies) must not return a value)/,
    /(?<detail>\bUnreachable statement)/,
    /(?<detail>\bReturn must be called from a method)/,
    /(?<detail>\b(?:Break|Continue) statement must be in loop)/
  ],
  explanation:
    'The compiler found a control-flow mistake: a method with a return type that can end without returning, a void method or constructor that returns a value, or code after a return that can never run.',
  remediation: [
    'Open the method named in the failure and make every path end with a `return` of the declared type, or remove the value from the return of a void method ({detail}).',
    'Delete statements placed after a return or throw.',
    'Redeploy the class: `sf project deploy start --metadata ApexClass:<name>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
