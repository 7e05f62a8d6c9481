import rule from '../../../../src/classify/rules/transient/request-time-limit-exceeded.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
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
