import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'flow-process-type-not-permitted',
  category: 'dependency',
  title: 'The target org cannot hold flows of type {processType}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /Your organization does(?:n't| not) have permission to create flows of processType "?(?<processType>\w+)/
  ],
  explanation:
    'Flows of type {processType} belong to a feature (Prompt Builder, Field Service, Industries, Einstein bots and the like) that the target org does not have enabled or licensed.',
  remediation: [
    'Enable or license the feature that provides {processType} flows in the target org (for a scratch org, add it to the definition file), then deploy again.',
    'If the org should not have the feature, exclude the flow (and what depends on it) from the deployment.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_visual_workflow.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file_config_values.htm'
  ],
  retryable: false
})
