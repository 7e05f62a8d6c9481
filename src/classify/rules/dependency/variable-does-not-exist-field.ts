import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'variable-does-not-exist-field',
  category: 'dependency',
  title: 'Apex refers to field {object}.{field}, which does not exist in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    // The compiler's message; a QueryException saying it at run time is a dynamic SOQL bind the code got wrong.
    /(?<!QueryException: )Variable does not exist:\s*(?:Schema\.)?(?<object>\w+)\.(?<field>\w+__c)\b/
  ],
  explanation:
    'The class references {object}.{field} as a field token, but the target org has no such field and it is not part of this deployment, so the class does not compile.',
  remediation: [
    'Deploy the field before (or together with) the Apex that uses it: `sf project deploy start --metadata CustomField:{object}.{field}`.',
    'If the field comes from a managed package, install or upgrade that package in the target org; if it was renamed, update the Apex.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm'
  ],
  retryable: false
})
