import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-field-not-writeable',
  category: 'metadata',
  title: 'Apex writes to a read-only field or member: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<detail>\bField is not writeable: (?<object>\w+)\.(?<field>\w+))/,
    /(?<detail>\bField is not writeable: [^\n]+)/,
    /(?<detail>\bA value cannot be (?:stored to|read from) [^\n]+)/,
    /(?<detail>\bFinal members can only be assigned in their declaration[^\n]*)/,
    /(?<detail>\bExpression cannot be assigned)/
  ],
  explanation:
    'Code assigns a value to something the compiler knows is read-only: a formula, roll-up, auto-number or system audit field, a final member, or an expression that is not a variable.',
  remediation: [
    'Remove the assignment the failure names ({detail}), or write to a field that is editable.',
    'Audit fields (CreatedById, CreatedDate) can only be set on insert when "Set Audit Fields upon Record Creation" is enabled and granted to the user.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
