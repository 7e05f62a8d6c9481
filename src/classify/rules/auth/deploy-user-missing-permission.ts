import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'deploy-user-missing-permission',
  category: 'auth',
  title: 'The deploying user lacks the permissions to deploy metadata',
  surfaces: ['cli', 'log', 'component'],
  patterns: [
    /use of the Metadata API requires a user with the (?<permission>ModifyAllData(?: or ModifyMetadata)?) permissions?/,
    /cannot execute Metadata operation with PAC enabled session id/i,
    /Insufficient Privileges: You do not have the level of access necessary to perform the operation you requested/
  ],
  explanation:
    'Deploying through the Metadata API needs a user with "Modify All Data", or "Modify Metadata Through Metadata API Functions" plus the permissions for each component type. The user the CLI logged in as has neither.',
  remediation: [
    'Give the deploy user a profile or permission set with Modify All Data (or Modify Metadata Through Metadata API Functions and Customize Application), plus Author Apex if Apex is deployed.',
    'Or log the pipeline in as the integration/admin user meant for deployments, then rerun the deploy.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy.htm'],
  retryable: false
})
