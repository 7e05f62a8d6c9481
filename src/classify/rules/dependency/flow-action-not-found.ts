import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'flow-action-not-found',
  category: 'dependency',
  title: 'A flow calls an action the target org does not have',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/We can't find an action with the name and action type that you specified/],
  explanation:
    'An action element in the flow names an invocable Apex class, quick action, email alert or standard action (such as chatterPost) that is not in the target org, or whose feature is off.',
  remediation: [
    'Look up the `actionName` and `actionType` of the named action element and deploy what it calls first, e.g. `sf project deploy start --metadata ApexClass:<Class>`.',
    'For standard actions, enable their feature (Chatter for chatterPost) in the target org.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_visual_workflow.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_annotation_InvocableMethod.htm'
  ],
  retryable: false
})
