import { defineRule } from '../../define-rule.js'
import { JWT_LOGIN_ERRORS, LOGIN_FAILED_DUE_TO } from '../login-step.js'

/** A connection that timed out or was reset, in node's words. */
const TIMEOUT_OR_RESET = String.raw`(?:connect|read) E(?:TIMEDOUT|CONNRESET)\b|socket hang up`

export default defineRule({
  id: 'login-interrupted-by-network',
  category: 'transient',
  title: 'The login was cut off by the network ({reason})',
  surfaces: ['cli', 'log'],
  patterns: [
    // A timeout or a reset, not a host that does not resolve or a port that refuses: those persist
    // and stay with the auth rules (login-endpoint-unreachable).
    new RegExp(
      String.raw`${LOGIN_FAILED_DUE_TO}(?:request to \S+ failed, reason: )?(?<reason>${TIMEOUT_OR_RESET}|ESOCKETTIMEDOUT)`
    ),
    // Today's CLI (undici) says only "fetch failed" and prints the network error as its cause.
    new RegExp(
      String.raw`${LOGIN_FAILED_DUE_TO}fetch failed[\s\S]{0,400}?\[cause\]: (?<reason>ConnectTimeoutError|(?:Error: )?(?:read|connect) E(?:TIMEDOUT|CONNRESET)\b|SocketError: other side closed)`
    ),
    // The JWT flow lists what each attempt met.
    new RegExp(String.raw`${JWT_LOGIN_ERRORS}(?<reason>${TIMEOUT_OR_RESET})`),
    // The login server, or the edge in front of it, answering with a rate limit or a server error: it
    // turned the request away before it judged the credentials.
    new RegExp(String.raw`${LOGIN_FAILED_DUE_TO}(?<reason>ERROR_HTTP_(?:420|429|5\d\d))\b`)
  ],
  explanation:
    'The CLI reached for the login or token URL and the connection timed out or was reset before Salesforce answered, or the server turned the request away with a rate limit or a server error (HTTP 420, 429, 5xx). Nothing says the credentials are wrong: the runner, its proxy or the instance failed for a moment.',
  remediation: [
    'Rerun the job.',
    "If it repeats, check the runner's proxy settings (HTTPS_PROXY, NO_PROXY) and https://status.salesforce.com for the instance, then whether a firewall lets the runner reach the login URL."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: true
})
