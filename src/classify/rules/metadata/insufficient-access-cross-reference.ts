import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'insufficient-access-cross-reference',
  // The login works; what fails is a reference the component's definition makes (a hard-coded Id, a
  // record of another org, a flow deleted by name without its version), and that is where it is fixed.
  category: 'metadata',
  title: 'The deploying user cannot reach something the component refers to',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<!first error: INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY, )insufficient access rights on cross-reference id/i
  ],
  explanation:
    "Salesforce refused a reference from this component on the deploying user's access rights: the user cannot see the record or component it names, or it does not exist in the target org at all (an ID or object from another org, or an object whose feature is off). Deleting a flow through the Metadata API reports the same text.",
  remediation: [
    'Check the deploying user can see the referenced records and objects (Modify All Data, or the specific object and record access).',
    'Look for hard-coded IDs, usernames, queues, or objects tied to a feature (e.g. Goal, Work.com) in the failing component and make sure they exist in the target org.',
    'If this is a destructive change on a Flow, deactivate it and delete it in Setup instead of through the deployment.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
