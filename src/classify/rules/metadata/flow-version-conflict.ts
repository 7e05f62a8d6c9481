import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'flow-version-conflict',
  category: 'metadata',
  title: 'Flow version cannot be deployed: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>The version of the flow you're updating is active and can't be overwritten\.?)/,
    /(?<detail>You can't create a flow definition directly through the API[^\n]*)/,
    /(?<detail>\bInvalid version number: (?<version>\d+))/,
    /(?<detail>The flow can't be (?:deployed|activated|deactivated|saved|deleted|overwritten)[^\n]*)/,
    /(?<detail>\b(?:Cannot|can't|unable to) (?:delete|overwrite|update|modify) (?:an |the )?active flow version[^\n]*)/i
  ],
  explanation:
    'The deploy tries to replace a flow version that is active, or a FlowDefinition points at a version number that does not exist. Salesforce never overwrites an active flow version in place.',
  remediation: [
    'Deploy the flow as a new version (API version 44.0+ source format creates a new version automatically) instead of overwriting the active one.',
    'If a FlowDefinition is in the deploy, make its activeVersionNumber point at a version that exists in the target, or leave FlowDefinition out.',
    'Deactivate the old version in the target org if you must replace it, then redeploy: `sf project deploy start --metadata Flow:<name>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_visual_workflow.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
