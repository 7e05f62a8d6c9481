import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-jobs-pending',
  category: 'metadata',
  title: 'A scheduled Apex job uses this class, so it cannot be replaced',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    // Batch or future jobs alone end by themselves: apex-async-jobs-running (transient).
    /\bschedulable class has jobs pending or in progress\b/i
  ],
  explanation:
    'Salesforce will not replace an Apex class (or a class it depends on) while a scheduled job that uses it is queued, unless the org allows it. A scheduled job is always pending, so retrying does not help until the job is removed or the setting changed.',
  remediation: [
    'Find the jobs that use the class: Setup > Scheduled Jobs in the target org.',
    'Abort them (or `System.abortJob(<jobId>)` in anonymous Apex), deploy, then schedule them again; if they must keep running, enable Setup > Deployment Settings > "Allow deployments of components when corresponding Apex jobs are pending or in progress" instead, after checking the jobs still work with the new code.',
    'Deploy again.'
  ],
  docs: ['https://help.salesforce.com/s/articleView?id=sf.deploy_monitoring_settings.htm&type=5'],
  retryable: false
})
