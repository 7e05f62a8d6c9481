import rule from '../../../../src/classify/rules/metadata/apex-jobs-pending.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Salesforce Help wording of the same refusal
      text: 'This Apex class has batch or future jobs pending or in progress'
    },
    {
      // a deploy of a class behind a scheduled job
      text: 'This schedulable class has jobs pending or in progress'
    },
    {
      // the same refusal, with the hint Salesforce adds
      text: 'This schedulable class has jobs pending or in progress You can bypass this error by allowing deployments with Apex jobs in the Deployment Settings page in Setup.'
    },
    {
      // batch and future jobs
      text: 'Apex class has Batchable or Future jobs pending or in progress; Schedulable class has jobs pending or in progress'
    }
  ],
  negatives: [
    {
      text: 'System.AsyncException: Maximum number of Apex scheduled jobs (100) exceeded'
    },
    {
      text: 'Deployment is pending: another deployment is in progress'
    }
  ]
})
