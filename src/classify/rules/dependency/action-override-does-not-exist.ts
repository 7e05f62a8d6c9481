import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'action-override-does-not-exist',
  category: 'dependency',
  title: 'The {action} override points at {target}, which does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/\b(?<target>[\w:]+) does not exist or is not a valid override for action (?<action>\w+)/],
  explanation:
    'An object or app overrides the {action} action with the page or component {target}, which is not in the target org (or is not of a type that can override this action).',
  remediation: [
    'Deploy the override target first, e.g. `sf project deploy start --metadata ApexPage:{target}` (or the Lightning component / FlexiPage it names).',
    "If the override is no longer wanted, remove it from the object's `actionOverrides`."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/actionoverride.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm'
  ],
  retryable: false
})
