import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'no-custom-field-named',
  category: 'dependency',
  title: 'Field {object}.{field} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/\bno CustomField name[ds] (?<object>\w+)\.(?<field>\w+) found/],
  explanation:
    'The component (typically a profile, permission set, layout, list view, compact layout or record type) refers to {object}.{field}, which is neither in the target org nor in this deployment. A custom field must be deployed first; a standard field exists only when the edition or feature that owns it is enabled.',
  remediation: [
    'If `{field}` is a custom field, add it to this deployment or deploy it first: `sf project deploy start --metadata CustomField:{object}.{field}`.',
    'If it is a standard field, enable the feature that provides it in the target org (for a scratch org, add the feature or setting to the definition file), or drop the reference.',
    'If the field was deleted or renamed on purpose, remove its entries (fieldPermissions, layout items, list view columns) from the source.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
