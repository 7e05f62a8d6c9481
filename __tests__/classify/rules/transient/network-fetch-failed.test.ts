import rule from '../../../../src/classify/rules/transient/network-fetch-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // MetadataTransferError with no detail after the CLI's own retries (public issue)
      text: 'MetadataTransferError: Metadata API request failed: '
    },
    {
      // undici failure in a deploy (sf 2.150.6 envelope shape, exit 10) with no deeper cause
      text: 'TypeError: fetch failed\nTypeError: fetch failed'
    },
    {
      // forcedotcom/salesforcedx-vscode#4774 (node-fetch)
      text: 'FetchError: request to https://mysandboxorg.com/services/data failed, reason: certificate has expired',
      surface: 'log',
      captures: { url: 'https://mysandboxorg.com/services/data' }
    }
  ],
  negatives: [
    {
      text: 'JwtGrantError: We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: JwtAuthError::Error authenticating with JWT.\nErrors encountered:\nfetch failed'
    }
  ]
})
