import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-async-jobs-running',
  category: 'transient',
  title: 'Batch or future Apex jobs that use this class are still running',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    // Batch and future jobs finish by themselves; a scheduled job stays pending until it is removed,
    // so a message that also names one, before or after, is apex-jobs-pending's (metadata).
    /^(?![\s\S]*\bschedulable class has jobs\b)[\s\S]*?\bApex class has (?:Batchable|batch) or future jobs pending or in progress\b/i
  ],
  explanation:
    'Salesforce will not replace an Apex class (or a class it depends on) while a batch or future job that uses it is queued or running, unless the org allows it. Those jobs end by themselves, so the same deploy passes once they have finished.',
  remediation: [
    'See which jobs are running in Setup > Apex Jobs of the target org, wait for them to finish, and deploy again.',
    'If deploys keep meeting them, enable Setup > Deployment Settings > "Allow deployments of components when corresponding Apex jobs are pending or in progress", after checking the jobs still work with the new code.'
  ],
  docs: ['https://help.salesforce.com/s/articleView?id=sf.deploy_monitoring_settings.htm&type=5'],
  retryable: true
})
