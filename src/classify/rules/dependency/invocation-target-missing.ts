import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'invocation-target-missing',
  category: 'dependency',
  title: 'The action {action} invokes {type} `{target}`, which the target org does not have',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /\bThe invocation target value '(?<target>[^'\n]{1,200})' \(type: (?<type>\w+)\) for action '(?<action>[^'\n]{1,200})' is invalid\b/
  ],
  explanation:
    'An agent action (GenAiFunction) or similar invocable definition points at {type} `{target}`: an Apex class, flow or prompt template that is neither in the target org nor in this deployment, or that is not invocable there.',
  remediation: [
    'Deploy `{target}` with the action or before it (for Apex, the class with its `@InvocableMethod`; for a flow, an active version).',
    "If it was renamed, update the action's invocation target to the new API name."
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_types_list.htm'],
  retryable: false
})
