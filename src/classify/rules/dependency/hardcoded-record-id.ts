import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'hardcoded-record-id',
  category: 'dependency',
  title: 'A component refers to record id {id}, which does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/references an object with the ID value (?<id>\w+)/],
  explanation:
    'The metadata stores a record id (a record type, user, queue or other record) from the org it was retrieved from; ids differ between orgs, so the reference does not resolve in the target org.',
  remediation: [
    'Replace the id with a reference by name where the type allows it, or remove the property and set it in the target org.',
    'If the record must exist, create it in the target org first (or deploy it with data), then update the id in the source for that org.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false
})
