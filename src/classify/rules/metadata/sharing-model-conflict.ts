import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'sharing-model-conflict',
  category: 'metadata',
  title: 'The sharing settings conflict: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bCannot set sharingModel to (?<sharingModel>\w+) on a CustomObject without a MasterDetail relationship field)/,
    /(?<detail>\b(?<sharingModel>\w+) is not a valid sharing model for (?<object>\w+) when (?<parent>\w+) sharing model is \w+)/,
    /(?<detail>\bnot supported for (?<object>\w+) since it's org wide default is [^\n]+)/,
    /(?<detail>\b[Aa]ccess level below organization default)/,
    /(?<detail>\bmore restrictive than (?:or equal to )?(?:the |its )?default internal access[^\n]*)/
  ],
  explanation:
    "An object's organization-wide default, a sharing rule or a role grants access the object's sharing model does not allow: ControlledByParent without a master-detail field, a child more open than its parent, or external access wider than internal access.",
  remediation: [
    'Align the sharing model in the object file with the rule the failure states ({detail}).',
    "Deploy the object's sharing model change before sharing rules and roles that depend on it."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
