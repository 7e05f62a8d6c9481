import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-in-maintenance',
  category: 'transient',
  title: 'The org was in read-only mode for Salesforce maintenance',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /\bINSERT_UPDATE_DELETE_NOT_ALLOWED_DURING_MAINTENANCE\b/,
    /\bORG_IN_MAINTENANCE\b/,
    /\bwhile the org is in read-only mode\b/i
  ],
  explanation:
    'During a release upgrade or instance maintenance Salesforce puts the org in read-only mode: queries work, but nothing can be saved or deployed until the window ends. Nothing in the deployment is at fault.',
  remediation: [
    'Check the instance on https://status.salesforce.com for the maintenance window and when it ends.',
    'Rerun the job after the window; schedule deploys around the maintenance calendar of the instance.'
  ],
  docs: [
    'https://status.salesforce.com/',
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: true
})
