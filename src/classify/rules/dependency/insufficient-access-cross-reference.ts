import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'insufficient-access-cross-reference',
  category: 'dependency',
  title: 'The component refers to something the target org or deploying user cannot reach',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<!first error: INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY, )insufficient access rights on cross-reference id/i
  ],
  explanation:
    'Salesforce could not resolve a record or component this one refers to: it does not exist in the target org (an ID or object from another org, or an object whose feature is off), or the deploying user has no access to it. Deleting a flow through the Metadata API reports the same text.',
  remediation: [
    'Look for hard-coded IDs, usernames, queues, or objects tied to a feature (e.g. Goal, Work.com) in the failing component and make sure they exist in the target org.',
    'Check the deploying user can see the referenced records and objects (Modify All Data or the specific object permissions).',
    'If this is a destructive change on a Flow, deactivate it and delete it in Setup instead of through the deployment.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
