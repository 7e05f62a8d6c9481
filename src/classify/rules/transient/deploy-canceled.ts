import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'deploy-canceled',
  category: 'transient',
  title: 'The deployment was canceled before it finished',
  surfaces: ['cli', 'log'],
  patterns: [
    /The deploy (?:was|is being) canceled\./,
    /\bDeployment was cancell?ed\b/,
    // sfdx's progress report of a deploy someone canceled in the org.
    /\bStatus:[ \t]+Canceled\b/
  ],
  explanation:
    'Someone (or another pipeline run, or a timeout policy) canceled the deployment in the org. The components were not at fault; the same deploy can simply run again.',
  remediation: [
    'Check who canceled it in Setup > Deployment Status and whether a newer run superseded it.',
    'Rerun the deploy if it is still needed.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: true
})
