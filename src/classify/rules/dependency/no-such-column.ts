import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'no-such-column',
  category: 'dependency',
  title: 'SOQL selects {object}.{field}, which does not exist in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [/No such column '(?<field>[^'\n]+)' on entity '(?<object>[^'\n]+)'/],
  explanation:
    'A query (static SOQL at compile time, or dynamic SOQL while a test runs) names the field {field} on {object}, which the target org does not have: the field was not deployed, belongs to a feature that is off, or lacks its namespace prefix or `__c` suffix.',
  remediation: [
    'Deploy the field first or include it in the deployment: `sf project deploy start --metadata CustomField:{object}.{field}`.',
    'If it is a standard field (e.g. Territory2Id), enable the feature that provides it in the target org.',
    'If the name is built at run time, check the namespace prefix and the `__c` suffix.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm'
  ],
  retryable: false
})
