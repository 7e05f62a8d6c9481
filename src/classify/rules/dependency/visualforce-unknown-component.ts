import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'visualforce-unknown-component',
  category: 'dependency',
  title: 'Visualforce component {namespace}:{component} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Unknown component (?!apex:)(?<namespace>\w+):(?<component>\w+)/],
  explanation:
    'A Visualforce page or component embeds `<{namespace}:{component}>`, which is neither in the target org nor in this deployment (or belongs to a package namespace the org does not have).',
  remediation: [
    'If the namespace is `c`, deploy the component first: `sf project deploy start --metadata ApexComponent:{component}`.',
    'If it is a package namespace, install the package; otherwise correct the tag.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_apexcomponent.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.pages.meta/pages/pages_comp_cust.htm'
  ],
  retryable: false
})
