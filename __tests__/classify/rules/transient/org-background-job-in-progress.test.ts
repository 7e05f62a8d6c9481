import rule from '../../../../src/classify/rules/transient/org-background-job-in-progress.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // deploy problem on a CustomField, posted in a public issue
      text: 'Cannot update or delete a picklist while a picklist background job is being executed.',
      captures: { what: 'a picklist' }
    },
    {
      text: 'The picklist background job is still running for Account.Industry',
      surface: 'log'
    }
  ],
  negatives: [
    {
      text: 'Schedule a background job to recalculate sharing'
    },
    {
      text: 'Cannot update or delete a picklist value that is used by a record type'
    }
  ]
})
