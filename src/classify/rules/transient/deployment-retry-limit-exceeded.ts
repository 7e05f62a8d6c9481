import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'deployment-retry-limit-exceeded',
  category: 'transient',
  title: 'Salesforce gave up on the deployment after its internal retries',
  surfaces: ['cli', 'log', 'component'],
  patterns: [/Try deploying again\. Your deployment exceeded its maximum retry limit/],
  explanation:
    'The Metadata API retries a deployment internally when it hits locks or server errors; this one ran out of retries. The message itself asks for the deploy to be resubmitted.',
  remediation: [
    'Rerun the deploy, ideally when no other deploy, package install or data load is running against the org.',
    'If it fails again, split the deployment into smaller parts.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: true
})
