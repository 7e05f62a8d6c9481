import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'entity-not-accessible',
  category: 'dependency',
  title: 'Apex refers to an object that is not enabled or not API-accessible in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [/Entity is not (?:org|api)[- ]accessible/],
  explanation:
    'The compiler resolved a name to a platform object that exists in Salesforce but is switched off or hidden in this org, typically because its feature or licence is not enabled, or because a custom metadata record is deployed before its type.',
  remediation: [
    'Identify the object at the reported line and enable its feature or licence in the target org (or add the feature to the scratch org definition).',
    'If a custom metadata record failed, deploy its type first: `sf project deploy start --metadata CustomObject:<Type>__mdt`.',
    'If the name is a local variable that happens to match a hidden object (e.g. `service`, `project`), rename the variable.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file_config_values.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm'
  ],
  retryable: false
})
