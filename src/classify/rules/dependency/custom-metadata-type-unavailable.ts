import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'custom-metadata-type-unavailable',
  category: 'dependency',
  title: 'Custom metadata type {type} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Custom metadata type (?<type>\w+) is not available in this organization/],
  explanation:
    'The custom metadata records belong to {type}, which is not in the target org: it was not deployed, or it failed in this deployment (often for its own reason, such as a missing plural label).',
  remediation: [
    'Fix any error on the {type} object itself, then deploy the type before its records: `sf project deploy start --metadata CustomObject:{type}`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_custommetadata.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm'
  ],
  retryable: false
})
