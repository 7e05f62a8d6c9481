import rule from '../../../../src/classify/rules/limits/concurrent-request-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SalesforceLabs/OrgCheck#432
      text: 'REQUEST_LIMIT_EXCEEDED: ConcurrentRequests (Concurrent API Requests) Limit exceeded.',
      captures: { limit: 'ConcurrentRequests' }
    },
    {
      text: 'REQUEST_LIMIT_EXCEEDED: ConcurrentPerOrgLongTxn Limit exceeded.',
      surface: 'log',
      captures: { limit: 'ConcurrentPerOrgLongTxn' }
    },
    {
      // the Apex-facing wording of the concurrent long-running request limit
      text: 'Unable to Process Request. Concurrent requests limit exceeded.',
      surface: 'test'
    }
  ],
  negatives: [
    { text: 'REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.' },
    // forcedotcom/cli#3238: `sf plugins discover` rate-limited by a registry, not by the org
    { text: 'Error (ERR_NON_2XX_3XX_RESPONSE): Response code 429 (Too Many Requests)' }
  ]
})
