import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-duplicate-declaration',
  category: 'metadata',
  title: 'Apex declares the same name twice: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<detail>\bDuplicate (?:variable|field|modifier|type parameter|field initialization): (?<name>[^\s(]+)(?:[ (][^\n]*)?)/,
    /(?<detail>\bMethod already defined: [^\n]+)/,
    /(?<detail>\bType name already in use: (?<name>[^\s]+))/,
    /(?<detail>\bException type already caught: (?<name>[^\s]+))/,
    /(?<detail>\bSystem exception constructor already defined: [^\n]+)/,
    /(?<detail>\bAuraEnabled method and variable cannot have the same name: (?<name>[^\s]+))/,
    /(?<detail>\bOverload of AuraEnabled method: [^\n]+)/,
    /(?<detail>\b(?:Web Service|Remote Action) does not support two [^\n]+)/,
    /(?<detail>\S{1,80} occurs as more than one when branch for this switch statement)/
  ],
  explanation:
    'A variable, field, method or inner type is declared twice in the same scope, or an AuraEnabled method is overloaded. Apex does not allow either.',
  remediation: [
    'Rename or remove the second declaration the failure names ({detail}).',
    'For @AuraEnabled methods, give each overload its own name.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
