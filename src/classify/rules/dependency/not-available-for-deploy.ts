import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'not-available-for-deploy',
  category: 'dependency',
  title: 'This metadata type is not available in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Not available for deploy for this organization/],
  explanation:
    'The target org does not have the feature or licence that owns this metadata type (Einstein/Agentforce, Industries, Experience Cloud, Data Cloud and similar gated features), so the Metadata API refuses the component.',
  remediation: [
    'Enable the feature or licence in the target org (for a scratch org, add it to `features` or `settings` in the definition file and recreate the org).',
    'If the org is not meant to have the feature, exclude these components from the deployment (e.g. with `.forceignore`).',
    'Check the deploying user has the permissions the feature requires.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/metadata-coverage',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file_config_values.htm'
  ],
  retryable: false
})
