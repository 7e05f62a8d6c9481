import rule from '../../../../src/classify/rules/transient/http-rate-limited.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#3238: `sf plugins discover` rate-limited by the registry behind it (got's wording)
      text: 'Error (ERR_NON_2XX_3XX_RESPONSE): Response code 429 (Too Many Requests)',
      captures: { status: '429' }
    },
    {
      // axios's wording for the same answer (the text is ours)
      text: 'AxiosError: Request failed with status code 429',
      surface: 'log',
      captures: { status: '429' }
    }
  ],
  negatives: [
    // the org's own concurrency limit, with its API status code
    { text: 'REQUEST_LIMIT_EXCEEDED: ConcurrentRequests (Concurrent API Requests) Limit exceeded.' },
    // a server error, not a rate limit
    { text: 'Error (ERR_NON_2XX_3XX_RESPONSE): Response code 503 (Service Unavailable)' },
    // a number that happens to be 429 (the text is ours)
    { text: 'Deploy failed: 429 components, 3 errors' }
  ]
})
