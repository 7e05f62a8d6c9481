import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'custom-label-does-not-exist',
  category: 'dependency',
  title: 'Custom label {label} does not exist in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [/External string does not exist:\s*(?<label>[\w.]+)/],
  explanation:
    'Apex (`System.Label.{label}`) or a page (`$Label.{label}`) uses a custom label that is neither in the target org nor in this deployment.',
  remediation: [
    'Deploy the label with (or before) the code: `sf project deploy start --metadata CustomLabel:{label}`.',
    'If the label belongs to a managed package, install the package and use the namespace prefix (`System.Label.ns.{label}`).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_customlabels.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm'
  ],
  retryable: false
})
