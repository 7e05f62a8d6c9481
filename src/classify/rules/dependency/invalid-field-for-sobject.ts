import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'invalid-field-for-sobject',
  category: 'dependency',
  title: 'Apex uses the field {field} on {object}, which does not exist in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<!SObjectException: )Invalid field (?<field>[\w.]+) for (?:SObject )?(?<object>\w+)/,
    // Apex's runtime SObjectException, from code that reads a field by a name it builds (sObject.get), only
    // for a custom or person-account field the org may lack; for a standard name engineers blame the code
    // (four readings of four), though a few standard fields also come with a feature.
    /SObjectException: Invalid field (?<field>\w+__(?:c|pc)) for (?<object>\w+)/,
    // The older compiler's wording, as Setup and the Force.com IDE still quote it.
    /\b(?<field>\w+) is not a field of (?<object>\w+)\b/
  ],
  explanation:
    'Apex reads or writes {field} on a {object} record, but the target org has no such field: it was not deployed, it belongs to a feature or package the org lacks, or the name is misspelt. A local variable named like a type (e.g. `quote`) can also make the compiler look for a field.',
  remediation: [
    'Deploy the field first or include it in the deployment: `sf project deploy start --metadata CustomField:{object}.{field}`.',
    'If it is a standard or package field, enable the feature or install the package in the target org.',
    'Otherwise fix the field name, or rename a local variable that shadows an sObject type.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm'
  ],
  retryable: false
})
