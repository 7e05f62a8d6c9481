import rule from '../../../../src/classify/rules/transient/network-timeout.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // Node's own fetch aborting a request: the DOMException texts of AbortSignal.timeout() and abort().
    { text: 'TimeoutError: The operation was aborted due to timeout', surface: 'cli' },
    { text: 'Error (AbortError): This operation was aborted', surface: 'cli' },
    {
      // forcedotcom/cli#1301
      text: 'MetadataTransferError: Metadata API request failed: connect ETIMEDOUT 160.8.252.85:443',
      captures: { address: '160.8.252.85:443' }
    },
    {
      // forcedotcom/cli#3384 (jsforce default HTTP timeout)
      text: 'AbortError: The user aborted a request.'
    },
    {
      // ForceCLI/force#336
      text: 'net/http: TLS handshake timeout',
      surface: 'log'
    }
  ],
  negatives: [
    { text: 'Set HTTP_TIMEOUT to raise the request timeout for large deployments' },
    // Someone cancelled the deploy: not a request that ran out of time. The text is ours.
    { text: 'The deploy operation was aborted by an administrator' }
  ]
})
