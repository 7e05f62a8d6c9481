import rule from '../../../../src/classify/rules/auth/login-endpoint-unreachable.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf org display / deploy when the stored instance URL no longer answers
      text: 'Error: Unable to connect to the target org'
    },
    {
      // sf 2.150.6 `org login sfdx-url` with an auth URL whose host does not resolve (exit 10); ENOTFOUND only in cause.
      text: "RefreshTokenAuthError: Error authenticating with the refresh token due to: fetch failed\nTypeError: fetch failed\n  [cause]: Error: getaddrinfo ENOTFOUND nonexistent-org.example.invalid\n    errno: -3008,\n    code: 'ENOTFOUND',\n    syscall: 'getaddrinfo',\n    hostname: 'nonexistent-org.example.invalid'\n  }\n}"
    },
    {
      // sf 2.146.3 `org login sfdx-url` against a closed port (exit 10).
      text: 'RefreshTokenAuthError: Error authenticating with the refresh token due to: fetch failed\nTypeError: fetch failed\n  [cause]: Error: bad port'
    },
    {
      // A proxy or port that refuses the connection every time; the text is ours.
      text: 'Error authenticating with JWT config due to: connect ECONNREFUSED 127.0.0.1:8080'
    },
    {
      // sf 2.150.6 `org login jwt` with no network to the login URL.
      text: 'JwtGrantError: We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: JwtAuthError::Error authenticating with JWT.\nErrors encountered:\nfetch failed\nfetch failed\nfetch failed\nfetch failed\nfetch failed'
    }
  ],
  negatives: [
    {
      text: 'TypeError: fetch failed\nTypeError: fetch failed\n  [cause]: Error: getaddrinfo ENOTFOUND nonexistent-org.example.invalid'
    },
    { text: 'Error authenticating with the refresh token due to: expired access/refresh token' },
    // A timeout is the network's moment, not the URL's fault: login-interrupted-by-network.
    { text: 'Error authenticating with auth code due to: connect ETIMEDOUT.' }
  ]
})
