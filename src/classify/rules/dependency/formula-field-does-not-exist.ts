import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'formula-field-does-not-exist',
  category: 'dependency',
  title: 'A formula refers to {field}, which does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/\bField (?<field>[\w.$]+) does not exist\. Check spelling/],
  explanation:
    'A formula (formula field, validation rule, workflow field update or a flow formula or decision) names {field}, which the target org does not have: it was not deployed, or it belongs to a feature or licence that is off.',
  remediation: [
    'Deploy the referenced field before the component with the formula: `sf project deploy start --metadata CustomField:<Object>.<Field>`.',
    'If it is a standard or feature field (e.g. Data.com fields), enable the feature or licence in the target org, or remove it from the formula.',
    'Otherwise correct the field path in the formula.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_visual_workflow.htm'
  ],
  retryable: false
})
