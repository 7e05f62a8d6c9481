import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'invalid-type',
  category: 'dependency',
  title: 'Apex uses the type {type}, which does not exist in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [/Invalid type: (?<type>[\w.]+)/],
  explanation:
    'The compiler could not find a class, interface or sObject named {type}. It is missing from the target org and from this deployment, belongs to a managed package or feature the org does not have, or is in the deployment but failed to compile itself.',
  remediation: [
    'If {type} is one of your classes, include it in the deployment (`sf project deploy start --metadata ApexClass:{type}`); if it is in the deployment already, fix its own compile error first.',
    'If it is a custom object or custom metadata type, deploy it first: `sf project deploy start --metadata CustomObject:{type}`.',
    'If it is a standard object (Individual, ObjectTerritory2Association, an Industries object) or a package class, enable the feature or install the package in the target org.',
    'Otherwise check the spelling of the type name.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
