import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'flow-apex-type-invalid',
  category: 'dependency',
  title: 'A flow variable uses an Apex class the target org does not have',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/"apexClass" is invalid\. Provide the API name of an Apex class/],
  explanation:
    'A flow variable is typed with an Apex class (an Apex-defined type or an External Services class) that the target org cannot find, so the flow cannot be saved.',
  remediation: [
    'Deploy the Apex class before the flow (`sf project deploy start --metadata ApexClass:<Class>`), or, for External Services types, deploy the ExternalServiceRegistration first so the classes are generated.',
    'Check the class exposes `@AuraEnabled` members so flows can use it.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_visual_workflow.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_externalserviceregistration.htm'
  ],
  retryable: false
})
