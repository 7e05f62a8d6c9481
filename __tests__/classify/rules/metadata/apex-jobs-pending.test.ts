import rule from '../../../../src/classify/rules/metadata/apex-jobs-pending.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // a deploy of a class behind a scheduled job
      text: 'This schedulable class has jobs pending or in progress'
    },
    {
      // the same refusal, with the hint Salesforce adds
      text: 'This schedulable class has jobs pending or in progress You can bypass this error by allowing deployments with Apex jobs in the Deployment Settings page in Setup.'
    },
    {
      // batch and future jobs, and a scheduled one that will not end by itself
      text: 'Apex class has Batchable or Future jobs pending or in progress; Schedulable class has jobs pending or in progress'
    }
  ],
  negatives: [
    // Running batch or future jobs alone end by themselves: apex-async-jobs-running.
    { text: 'This Apex class has batch or future jobs pending or in progress' },
    {
      text: 'System.AsyncException: Maximum number of Apex scheduled jobs (100) exceeded'
    },
    {
      text: 'Deployment is pending: another deployment is in progress'
    }
  ]
})
