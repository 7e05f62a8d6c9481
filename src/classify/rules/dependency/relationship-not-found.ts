import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'relationship-not-found',
  category: 'dependency',
  title: 'Relationship {relationship} does not exist in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /Didn't understand relationship '(?<relationship>[^'\n]+)'/,
    /No such relation '(?<relationship>[^'\n]+)' on entity '(?<object>[^'\n]+)'/
  ],
  explanation:
    'A query or page traverses the relationship {relationship}, but the lookup or master-detail field that defines it is not in the target org, or the name lacks its namespace prefix or `__r` suffix.',
  remediation: [
    'Deploy the lookup or master-detail field behind {relationship} first (its field name ends in `__c` where the relationship ends in `__r`): `sf project deploy start --metadata CustomField:<Object>.<Field>__c`.',
    'If the relationship belongs to a managed package, add the namespace prefix; if it is standard, enable the feature that provides it.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_relationships_understanding.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm'
  ],
  retryable: false
})
