import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'deploy-request-not-accepted',
  category: 'unknown',
  title: 'The CLI lost track of the deploy request it sent',
  surfaces: ['cli', 'log'],
  patterns: [/The deploy operation is missing a job ID/, /The deploy id is not available\./],
  explanation:
    'The CLI sent the deployment but has no job ID to follow it with. Where this was reported (forcedotcom/cli#1506) it was a CLI bug in one deploy transport (REST or SOAP), not anything in the deployment or the org, so nothing is known yet about whether the components would deploy.',
  remediation: [
    'Check Setup > Deployment Status in the org: the deployment may have started anyway.',
    'Rerun the deploy; if it fails the same way, update the CLI or switch the transport (`sf config set org-metadata-rest-deploy=false`, or true) and try again.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy.htm'],
  retryable: false
})
