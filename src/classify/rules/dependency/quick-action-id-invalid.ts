import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'quick-action-id-invalid',
  category: 'dependency',
  title: 'A layout refers to a quick action the target org does not have',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/The ActionId specified was invalid for ActionType QuickAction/],
  explanation:
    'A layout or package lists a quick action that cannot be resolved in the target org: the action was not deployed, or the feature that provides a standard action (Chatter posts, polls, Thanks) is off.',
  remediation: [
    "Find the actions listed in the layout's `quickActionList` / `platformActionList` and deploy any custom ones first: `sf project deploy start --metadata QuickAction:<Object>.<Action>`.",
    'For standard actions, enable the feature in the target org or remove the action from the layout.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_quickaction.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_layout.htm'
  ],
  retryable: false
})
