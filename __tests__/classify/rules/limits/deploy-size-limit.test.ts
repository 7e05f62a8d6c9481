import rule from '../../../../src/classify/rules/limits/deploy-size-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // the same 413 as sfdx 7 prints it on stderr
      text: 'ERROR running force:source:deploy:  Error: Request Entity Too Large: head',
      surface: 'log'
    },
    {
      // HTTP 413 on the deploy upload: the zip is over what the endpoint accepts
      text: 'Error: Request Entity Too Large: head',
      captures: { limit: 'Request Entity Too Large' }
    },
    {
      // a plugin batching Tooling API requests
      text: 'Unhandled rejection OPERATION_TOO_LARGE: Only 25 requests are allowed in a single batch operation'
    },
    {
      // sfdx force:source:retrieve of a large org
      text: 'ERROR: The metadata retrieve operation failed: LIMIT_EXCEEDED: Too many files in retrieve call, limit is: 10000.',
      captures: { count: '10000' }
    },
    {
      // forcedotcom/cli issue 2910
      text: 'INVALID_OPERATION: Too many files in zip',
      captures: { limit: 'Too many files in zip' }
    },
    {
      // forcedotcom/cli issue 109
      text: 'ERROR: Maximum size of request reached. Maximum size of request is 52428800 bytes.',
      surface: 'log',
      captures: { count: '52428800' }
    }
  ],
  negatives: [
    { surface: 'log', text: 'Failed to upload artifact: Request Entity Too Large' },
    { text: 'INVALID_OPERATION: runTests must not be empty when a testLevel of RunSpecifiedTests is used' }
  ]
})
