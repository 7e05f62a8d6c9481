import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'lightning-definition-not-found',
  category: 'dependency',
  title: 'Lightning component {component} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /No (?<kind>[A-Z]+) named markup:\/\/(?<component>(?<namespace>\w+):(?<bundle>\w+)) found/,
    /We couldn't retrieve the design time component information for component (?<component>(?<namespace>\w+):(?<bundle>\w+))/,
    /\b(?<component>(?<namespace>\w+):(?<bundle>\w+)) is not a valid Lightning Web Component name/,
    /No (?<kind>[A-Z]+) named (?<component>(?<namespace>\w+):(?<bundle>[\w.]+)) found/,
    /Your org doesn't have access to component (?<component>(?<namespace>\w+):(?<bundle>\w+))/,
    /Invalid reference (?<component>(?<bundle>[\w./]+)) of type (?<kind>\w+) in file/,
    /We couldn't retrieve the design time component information for component (?<component>(?<bundle>[^\s:]+?))\.?(?=\s|$)/,
    /\bcomponent access denied to component (?<component>(?<namespace>\w+):(?<bundle>\w+))/i
  ],
  explanation:
    'A Lightning component, page or flow uses {component} (a component, module or event) that is not in the target org: it is missing from the deployment, failed to deploy itself, or belongs to a package or platform namespace that is not available there.',
  remediation: [
    'If the namespace is `c` (or your own), deploy the bundle with or before its users: `sf project deploy start --metadata LightningComponentBundle:{bundle}` (or `AuraDefinitionBundle:{bundle}` for Aura).',
    'If {bundle} is in this deployment and failed, fix its own error first.',
    'If the namespace belongs to a managed package or to a platform library that is not available here (e.g. `ui:` in LWC), install the package or replace the reference.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_lightningcomponentbundle.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_auradefinitionbundle.htm'
  ],
  retryable: false
})
