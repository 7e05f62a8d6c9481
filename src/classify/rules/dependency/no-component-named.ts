import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'no-component-named',
  category: 'dependency',
  title: '{type} {name} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /\bno (?<type>[A-Z]\w+) name[ds] (?<name>[^\s(]+) found\b/,
    // Page layout names are "<Object>-<Layout label>", and the label may hold spaces.
    /\bno (?<type>Layout) named (?<name>[\w$]+-[^\n(,]{1,80}?) found\b/
  ],
  explanation:
    'The component refers to the {type} named {name}, which is neither in the target org nor in this deployment. Metadata that references other metadata (tabs, pages, classes, templates, permissions) only deploys once what it references exists.',
  remediation: [
    'Deploy the referenced component first or add it to this deployment: `sf project deploy start --metadata {type}:{name}`.',
    'If it comes from a managed package or a feature, install the package or enable the feature in the target org.',
    'If it was removed on purpose, delete the reference from the failing component.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_types_list.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
