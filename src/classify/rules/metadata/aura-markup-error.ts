import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'aura-markup-error',
  category: 'metadata',
  title: 'Aura component markup is invalid: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\b(?<component>\w+:\w+):(?<line>\d+),(?<column>\d+): [^\n]+)/,
    /(?<detail>Cannot mix expression and literal string in attribute value[^\n]*)/,
    /(?<detail>The attribute "(?<attribute>[^"\n]+)" was not found on the COMPONENT markup:\/\/(?<component>[\w:]+))/,
    /(?<detail>\bInvalid attribute "(?<attribute>[^"\n]+)"[^\n]*)/,
    /(?<detail>Failed to save (?:undefined|[\w-]+\.(?:cmp|app|evt|intf|js|css|design|auradoc|svg|tokens)): [^\n]+)/
  ],
  explanation:
    'The Aura compiler rejected a file of the bundle: an attribute the component does not declare, an expression mixed with literal text, or other markup the framework does not accept.',
  remediation: [
    'Open the Aura bundle named in the failure and fix the markup the compiler points at ({detail}).',
    'Declare every attribute you set with <aura:attribute>, or remove it from the tag.',
    'Redeploy the bundle alone to confirm: `sf project deploy start --metadata AuraDefinitionBundle:<name>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.lightning.meta/lightning/intro_framework.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
