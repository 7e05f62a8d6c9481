import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'visualforce-unknown-field',
  category: 'dependency',
  title: 'Visualforce refers to field {object}.{field}, which does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Unknown property '(?<object>\w+?)StandardController\.(?<field>\w+)'/],
  explanation:
    'The page uses a standard controller and binds `{!{object}.{field}}`, so Visualforce looks for the field {field} on {object}; the target org does not have it.',
  remediation: [
    'Deploy the field before the page: `sf project deploy start --metadata CustomField:{object}.{field}`.',
    'If it is a standard or package field, enable the feature or install the package; otherwise correct the field name in the page.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.pages.meta/pages/pages_controller_std.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm'
  ],
  retryable: false
})
