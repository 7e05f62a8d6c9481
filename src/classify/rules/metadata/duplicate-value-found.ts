import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'duplicate-value-found',
  category: 'metadata',
  title: 'The deploy collides with an existing record: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<!DUPLICATE_VALUE, )(?<detail>\bduplicate value found: ?(?<field>\S*)\s+duplicates value on record with id:[^\n]*)/
  ],
  explanation:
    'Saving the component hit a unique index: another component or record already holds the value (a layout action list, a sort order, an LWC or class of the same name). With <unknown> placeholders it is often a conflict with a component created in parallel.',
  remediation: [
    'Check the target org for a component with the same name or value as the one in the failure ({detail}) and rename or remove one of them.',
    'If the values are <unknown>, deploy the component again on its own: `sf project deploy start --metadata <Type>:<name>`.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false
})
