import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'admin-setup-locked',
  category: 'transient',
  title: "The org's setup was locked by another admin operation (ALREADY_IN_PROCESS)",
  surfaces: ['component', 'cli', 'log', 'test'],
  patterns: [
    /administration setup has already been locked by another change/,
    /require salesforce\.com to temporarily lock your organization's administration setup/,
    /\bALREADY_IN_PROCESS\b/,
    /admin operation already in progress/i
  ],
  explanation:
    'Some setup changes (deploys touching objects, profiles or sharing, package installs, field changes) take an org-wide setup lock. Another deploy, package install or admin change held it when this one started.',
  remediation: [
    'Wait for the other operation to finish (Setup > Deployment Status, Background Jobs) and rerun the deploy.',
    'Serialise deploys to the same org in the pipeline (one concurrency group per target org).'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: true
})
