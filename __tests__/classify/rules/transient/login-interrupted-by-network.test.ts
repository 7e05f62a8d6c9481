import rule from '../../../../src/classify/rules/transient/login-interrupted-by-network.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#2978: a web login answered by the edge's rate-limit page
      text: 'Error (AuthCodeExchangeError): Error authenticating with auth code due to: ERROR_HTTP_420::<!DOCTYPE HTML>',
      surface: 'cli',
      captures: { reason: 'ERROR_HTTP_420' }
    },
    {
      // salesforcedx-vscode issue 3673: authorising an org from VS Code
      text: 'Error authenticating with auth code due to: connect ETIMEDOUT.',
      captures: { reason: 'connect ETIMEDOUT' }
    },
    {
      // The node-fetch form older CLIs print; the text is ours.
      text: 'Error authenticating with the refresh token due to: request to https://login.salesforce.com/services/oauth2/token failed, reason: read ECONNRESET',
      captures: { reason: 'read ECONNRESET' }
    },
    {
      // The text is ours, in the CLI's words for a JWT login.
      text: 'Error authenticating with JWT config due to: socket hang up',
      captures: { reason: 'socket hang up' }
    },
    {
      // The undici form of sf 2.x, with the cause printed below; the text is ours, in the CLI's layout.
      text: 'RefreshTokenAuthError: Error authenticating with the refresh token due to: fetch failed\nTypeError: fetch failed\n  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: login.salesforce.com:443, timeout: 10000ms)',
      captures: { reason: 'ConnectTimeoutError' }
    },
    {
      // The JWT flow's list of errors; the text is ours, in the CLI's layout.
      text: 'JwtGrantError: We encountered a JSON web token error. Here’s the error: JwtAuthError::Error authenticating with JWT.\nErrors encountered:\nconnect ETIMEDOUT 13.108.4.20:443',
      captures: { reason: 'connect ETIMEDOUT' }
    }
  ],
  negatives: [
    // A host that does not resolve and a port that refuses persist: the stored URL is wrong.
    {
      text: 'Error authenticating with the refresh token due to: getaddrinfo ENOTFOUND acme.my.salesforce.com'
    },
    { text: 'Error authenticating with JWT config due to: connect ECONNREFUSED 127.0.0.1:8080' },
    {
      text: 'RefreshTokenAuthError: Error authenticating with the refresh token due to: fetch failed\nTypeError: fetch failed\n  [cause]: Error: getaddrinfo ENOTFOUND acme.my.salesforce.com'
    },
    { text: 'Error authenticating with the refresh token due to: expired access/refresh token' }
  ]
})
