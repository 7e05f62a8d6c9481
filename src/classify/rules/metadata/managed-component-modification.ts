import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'managed-component-modification',
  category: 'metadata',
  title: 'The deploy changes a managed package component: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bCannot modify managed object: entity=(?<entity>\w+)[^\n]*)/,
    /(?<detail>\bCannot create a new component with the namespace: (?<namespace>\w+)[^\n]*)/,
    /(?<detail>\bUnmanaged packages cannot explicitly reference this organization's namespace\.?)/,
    /(?<detail>\bmanaged package[^\n]{0,80}? cannot be (?:modified|changed|edited|deleted|updated)[^\n]*)/i,
    /(?<detail>\bCannot (?:modify|change|edit|update) (?:a |an |the )?(?:managed|installed) (?:component|object|field|package)[^\n]*)/i
  ],
  explanation:
    "The deploy tries to change a component that belongs to an installed managed package, or to create a component in a namespace that is not the org's own (a double underscore in a name is read as a namespace prefix).",
  remediation: [
    'Remove the managed component from the deploy, or limit it to the attributes subscribers may change ({detail}).',
    'Rename components whose API name contains a double underscore so it is not read as a namespace.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false
})
