import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'no-quick-action-named',
  category: 'dependency',
  title: 'Quick action {action} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/\bno QuickAction name[ds] (?<action>[\w.]+) found/],
  explanation:
    'A layout (or another component) places the action {action}, which is neither in the target org nor in this deployment. Standard actions such as FeedItem.RypplePost (Thanks) or FeedItem.PollPost exist only when their feature (Chatter, Work.com) is on.',
  remediation: [
    'If {action} is a custom action, deploy it first or include it in this deployment: `sf project deploy start --metadata QuickAction:{action}`.',
    "If it is a standard action, enable the feature behind it in the target org, or remove it from the layout's `quickActionList` / `platformActionList`."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_quickaction.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_layout.htm'
  ],
  retryable: false
})
