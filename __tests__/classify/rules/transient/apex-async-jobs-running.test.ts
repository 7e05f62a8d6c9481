import rule from '../../../../src/classify/rules/transient/apex-async-jobs-running.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Salesforce Help wording of the refusal, quoted in a deploy's component failures
      text: 'This Apex class has batch or future jobs pending or in progress'
    },
    {
      // The same refusal with Salesforce's hint; the text is ours.
      text: 'Apex class has Batchable or Future jobs pending or in progress. You can bypass this error by allowing deployments with Apex jobs in the Deployment Settings page in Setup.'
    }
  ],
  negatives: [
    // A scheduled job stays pending until it is removed: apex-jobs-pending.
    { text: 'This schedulable class has jobs pending or in progress' },
    {
      text: 'Apex class has Batchable or Future jobs pending or in progress; Schedulable class has jobs pending or in progress'
    },
    {
      text: 'This schedulable class has jobs pending or in progress; Apex class has Batchable or Future jobs pending or in progress'
    },
    {
      text: 'This schedulable class has jobs pending or in progress\nThis Apex class has batch or future jobs pending or in progress'
    }
  ]
})
