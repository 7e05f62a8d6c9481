import rule from '../../../../src/classify/rules/limits/daily-api-request-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SalesforceLabs/OrgCheck issue 181
      text: 'REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.',
      captures: { limit: 'TotalRequests Limit exceeded' }
    },
    {
      // jetstreamapp/jetstream issue 868
      text: 'Error: TotalRequests Limit exceeded.',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'REQUEST_LIMIT_EXCEEDED: ConcurrentPerOrgLongTxn Limit exceeded.' }]
})
