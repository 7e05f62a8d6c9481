import rule from '../../../../src/classify/rules/transient/network-dns-lookup-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Node DNS failure during polling (SDR retries these)
      text: 'MetadataTransferError: Metadata API request failed: getaddrinfo EAI_AGAIN mycompany.my.salesforce.com',
      captures: { code: 'EAI_AGAIN', host: 'mycompany.my.salesforce.com' }
    },
    {
      // sf 2.150.6 `project deploy start` with an unresolvable host (TypeError, exit 10)
      text: "TypeError: fetch failed\nTypeError: fetch failed\n  [cause]: Error: getaddrinfo ENOTFOUND nonexistent-org.example.invalid\n    errno: -3008,\n    code: 'ENOTFOUND',\n    syscall: 'getaddrinfo',\n    hostname: 'nonexistent-org.example.invalid'\n  }\n}",
      captures: { code: 'ENOTFOUND', host: 'nonexistent-org.example.invalid' }
    }
  ],
  negatives: [
    {
      text: 'RefreshTokenAuthError: Error authenticating with the refresh token due to: fetch failed\nTypeError: fetch failed\n  [cause]: Error: getaddrinfo ENOTFOUND nonexistent-org.example.invalid'
    }
  ]
})
