import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'related-list-invalid-field',
  category: 'dependency',
  title: 'Related list {relatedList} shows the field {field}, which the target org does not have',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Invalid field:\s*(?<field>[\w.]+) in related list:\s*(?<relatedList>\w+)/],
  explanation:
    'A page layout shows {field} in the {relatedList} related list, but the field (or the related list itself) is missing in the target org: it was not deployed, or its feature (Campaigns and Marketing User, Account Teams, Contacts to Multiple Accounts) is not enabled.',
  remediation: [
    'If {field} is a custom field, deploy it before the layout (`sf project deploy start --metadata CustomField:<Object>.<Field>`).',
    'If it comes from a feature, enable the feature in the target org, or remove the column or the related list from the layout.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_layout.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm'
  ],
  retryable: false
})
