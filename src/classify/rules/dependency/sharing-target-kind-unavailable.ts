import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'sharing-target-kind-unavailable',
  category: 'dependency',
  title: 'The target org has no {targetType} to share with',
  surfaces: ['component', 'log'],
  patterns: [
    /sharedTo not allowed:\s*(?<targetType>role\w*|group|queue|territory\w*|all\w+)\s*(?:\(\d+:\d+\)|$)/im
  ],
  explanation:
    'A list view or sharing rule shares with a kind of target ({targetType}) that the target org does not offer at all: roles in an org without a role hierarchy, portal or partner users without Experience Cloud, territories without Territory Management.',
  remediation: [
    'Enable what provides {targetType} in the target org (set up the role hierarchy, Experience Cloud users or territories), or remove that sharing from the list view or rule before deploying.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_listview.htm'],
  retryable: false
})
