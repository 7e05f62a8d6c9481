import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'field-does-not-exist-on-object',
  category: 'dependency',
  title: 'Field {object}.{field} does not exist in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [/\bField does not exist: (?<field>\w+) on (?<object>\w+)/],
  explanation:
    'Code or markup refers to {object}.{field}, which the target org does not have: the field is not deployed yet, or it is a standard field that needs a feature or edition the org lacks.',
  remediation: [
    'If {field} is a custom field, deploy it first or include it: `sf project deploy start --metadata CustomField:{object}.{field}`.',
    'If it is a standard field, enable the feature that provides it in the target org (or in the scratch org definition).'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false
})
