import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'deploy-request-not-accepted',
  category: 'transient',
  title: 'The deploy request never got a job ID from Salesforce',
  surfaces: ['cli', 'log'],
  patterns: [/The deploy operation is missing a job ID/, /The deploy id is not available\./],
  explanation:
    'The CLI sent the deployment but never received the job ID back, usually because the upload or its response was lost on the network. No deployment is running.',
  remediation: [
    'Rerun the deploy.',
    'If it keeps happening with big packages, check the runner network/proxy and consider splitting the deployment.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy.htm'],
  retryable: true
})
