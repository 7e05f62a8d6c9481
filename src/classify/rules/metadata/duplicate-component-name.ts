import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'duplicate-component-name',
  category: 'metadata',
  title: 'A component with this name already exists: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bDuplicate name '(?<name>[^'\n]+)'(?: specified)?)/,
    /(?<detail>\bThe name "(?<name>[^"\n]+)" is already used on component type: (?<type>[^.\n]+)(?:\.[^\n]*)?)/,
    /(?<detail>\bThe relationship name "(?<name>[^"\n]+)" is already used by custom field (?<field>[\w.]+)[^\n]*)/,
    /(?<detail>\bThat component name is already in use or has been previously used[^\n]*)/,
    /(?<detail>\balready (?:exists|in use|been used)[^\n]{0,80}?Please (?:choose|use|enter|select) a different (?:name|one|API name|developer name)[^\n]*)/,
    /(?<detail>\bThere(?: is|'s) already an? [^\n]{1,80}?(?: named | with (?:the |that |this )?(?:same )?(?:name|API name|developer name))[^\n]*)/,
    /(?<detail>\bwith (?:this|that|the same) (?:API |developer |unique )?name already exists[^\n]*)/,
    /(?<detail>\bDUPLICATE_(?:DEVELOPER_)?NAME\b[^\n]*)/
  ],
  explanation:
    'Two components claim the same API name: the same child appears twice in the deploy (often after a merge), the name is taken by another component type or a deleted component, or a relationship name is already used on the parent object.',
  remediation: [
    'Find the duplicate the failure names ({detail}); search the source for it and remove the second copy.',
    'If the name is used by another component in the target org, rename yours (or the existing one) and update references.',
    'Deleted components keep their name until they are erased: erase them in Setup or choose a new name.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm'
  ],
  retryable: false
})
