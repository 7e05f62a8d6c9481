import rule from '../../../../src/classify/rules/transient/request-time-limit-exceeded.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforce.stackexchange.com: nightly check-only deploy with tests (ant)
      text: 'Failed to process the request successfully. Cause(UNKNOWN_EXCEPTION): Running test: Example, time spent on that test: 1236ms,  total time spent running tests: 646005ms. Error: REQUEST_RUNNING_TOO_LONG: Your request was running for too long, and has been stopped.'
    },
    {
      // forcedotcom/salesforcedx-apex#246 (per-test message on parallel runs)
      text: 'Your request exceeded the time limit for processing. connection was cancelled here'
    },
    {
      text: 'System.UnexpectedException: Your request exceeded the time limit for processing.',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'System.LimitException: Apex CPU time limit exceeded' }]
})
