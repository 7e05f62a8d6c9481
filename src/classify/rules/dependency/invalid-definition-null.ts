import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'invalid-definition-null',
  category: 'dependency',
  title: 'Salesforce could not resolve the definition of {name} in the target org',
  surfaces: ['component', 'log'],
  patterns: [/Invalid definition for null:(?<name>[\w.]+)/],
  explanation:
    'The component refers to something (usually a field or object) whose definition Salesforce cannot find while compiling the reference; it resolves to null because it is missing in the target org.',
  remediation: [
    'Deploy {name} (or the object it belongs to) before this component, or include it in this deployment.',
    'If {name} was deleted, remove the references to it from the component.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false
})
