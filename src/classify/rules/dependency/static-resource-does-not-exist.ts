import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'static-resource-does-not-exist',
  category: 'dependency',
  title: 'Static resource {resource} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Static Resource named (?<resource>[^\s(]+) does not exist/],
  explanation:
    'A Visualforce page or component loads `$Resource.{resource}`, which is neither in the target org nor in this deployment.',
  remediation: [
    'Deploy the static resource with (or before) the page: `sf project deploy start --metadata StaticResource:{resource}`.',
    "Check that the resource's `.resource-meta.xml` file is in the project; a resource without it is not deployed."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_staticresource.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm'
  ],
  retryable: false
})
