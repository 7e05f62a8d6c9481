import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'duplicate-username',
  category: 'test',
  title: 'The test created a User whose username already exists somewhere in Salesforce',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/DUPLICATE_USERNAME\b/],
  explanation:
    'Usernames must be unique across all Salesforce orgs, not only the current one. A test that inserts a User with a fixed username fails as soon as any org (another sandbox, a scratch org) already has it.',
  remediation: [
    "Generate unique usernames in tests, e.g. `'test' + DateTime.now().getTime() + '@' + UserInfo.getOrganizationId() + '.example.com'`."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
