import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'flow-reference-missing',
  category: 'dependency',
  title: 'Flow element {element} refers to something the target org does not have',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<![\w-])(?<element>[\w-]+) \((?<elementType>[A-Z][A-Za-z]{1,30}(?: [A-Za-z]{1,30}){0,3})\) - (?<detail>[^\n]*?is invalid\. Provide the API name of an object[^\n]*)/,
    /(?<![\w-])(?<element>[\w-]+) \((?<elementType>[A-Z][A-Za-z]{1,30}(?: [A-Za-z]{1,30}){0,3})\) - (?<detail>[^\n]*?(?:doesn't exist|does not exist|isn't available|is not available|not found)[^\n]*)/
  ],
  explanation:
    'The flow element {element} ({elementType}) names an object, field, record type or other component that is not in the target org: it was not deployed first, or the feature that provides it (for example Contacts to Multiple Accounts) is off. Salesforce said: {detail}',
  remediation: [
    'Find what {element} references in the flow (its object, fields, record type or choice set) and deploy that first, e.g. `sf project deploy start --metadata CustomField:<Object>.<Field>`.',
    'If it is a standard object or field, enable the feature that provides it in the target org, then deploy the flow again.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_visual_workflow.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
