import rule from '../../../../src/classify/rules/transient/retryable-errors-exhausted.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SDR messages/sdr.md error_retry_limit_exceeded
      text: 'MetadataTransferError: Metadata API request failed: Exceeded maximum of 1000 consecutive retryable errors. Last error: socket hang up',
      captures: { count: '1000', lastError: 'socket hang up' }
    },
    {
      text: 'Exceeded maximum of 25 consecutive retryable errors. Last error: ERROR_HTTP_503',
      surface: 'log',
      captures: { count: '25' }
    }
  ],
  negatives: [{ text: 'Retrying request (attempt 2 of 5)' }]
})
