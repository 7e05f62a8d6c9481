import rule from '../../../../src/classify/rules/dependency/invalid-report-type.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Report built on a custom report type that was not deployed.
      text: 'invalid report type'
    },
    {
      // Same in a CLI failure line.
      text: 'FailedValidationError: Failed to validate the deployment (0Af000000000004). Due To:\nError in Sales/Pipeline - Invalid report type (12:3)',
      surface: 'cli'
    }
  ],
  negatives: [
    { text: 'The report type is used by a report and cannot be deleted' },
    { text: 'Required field is missing: RecordType' }
  ]
})
