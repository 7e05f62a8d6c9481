import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'flow-element-invalid',
  category: 'metadata',
  title: 'Flow element is invalid: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /field integrity exception: unknown \((?<detail>The flow can't run because[^)\n]*)\)/,
    /^(?<detail>The flow can't run because[^\n]*)/,
    /(?<![\w-])(?<element>[\w-]{1,80}) \((?<elementType>[A-Z][A-Za-z ]{1,40})\) - (?![^\n]{0,300}(?:We can't find|does not exist|doesn't exist|isn't available|is not available|not found|"apexClass" is invalid))(?<detail>[^\n]+)/
  ],
  explanation:
    'Salesforce validated the flow and rejected one of its elements: an element is not connected, a screen component does not support this flow type, or a value set on the element is not allowed. The flow file itself must change.',
  remediation: [
    'Open the flow in Flow Builder (or its .flow-meta.xml) and fix the element named in the failure: {detail}',
    'Save the flow once in a sandbox so Flow Builder validates it, retrieve it again, then redeploy: `sf project deploy start --metadata Flow:<name>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_visual_workflow.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
