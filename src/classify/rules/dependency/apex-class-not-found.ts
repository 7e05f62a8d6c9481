import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-class-not-found',
  category: 'dependency',
  title: 'Apex class {className} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /Apex class '(?<className>[\w.]+)' does not exist/,
    /Unable to find Apex action class referenced as '(?<className>[\w.]+)'/
  ],
  explanation:
    'A Visualforce page or component (controller or extension), or a Lightning component (`@salesforce/apex` import or Aura controller), names the Apex class {className}, which is not in the target org: it is missing from the deployment, or it is in the deployment but failed to compile.',
  remediation: [
    'If {className} has its own error in this deployment, fix that first; this failure then clears.',
    'Otherwise deploy the class with (or before) the component: `sf project deploy start --metadata ApexClass:{className}`.',
    'If the class lives in a managed package, install the package and use its namespace prefix.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_classes.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm'
  ],
  retryable: false
})
