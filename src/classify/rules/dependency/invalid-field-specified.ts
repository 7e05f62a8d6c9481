import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'invalid-field-specified',
  category: 'dependency',
  title: 'Visualforce refers to field {object}.{field}, which does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Invalid field '(?<object>\w+)\.(?<field>\w+)' specified/],
  explanation:
    'A Visualforce page or component (for example a Remote Objects definition) names {object}.{field}, which the target org does not have or which lacks its full API name.',
  remediation: [
    'Deploy the field before the page: `sf project deploy start --metadata CustomField:{object}.{field}`.',
    'Check the page uses the full API name, including `__c` and any namespace prefix.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.pages.meta/pages/pages_remote_objects.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm'
  ],
  retryable: false
})
