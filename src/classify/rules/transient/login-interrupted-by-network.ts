import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'login-interrupted-by-network',
  category: 'transient',
  title: 'The login was cut off by the network ({reason})',
  surfaces: ['cli', 'log'],
  patterns: [
    // A timeout or a reset, not a host that does not resolve or a port that refuses: those persist
    // and stay with the auth rules (login-endpoint-unreachable).
    /Error authenticating with (?:the refresh token|JWT(?: config)?|auth code) due to: (?:request to \S+ failed, reason: )?(?<reason>(?:connect|read) E(?:TIMEDOUT|CONNRESET)\b|socket hang up|ESOCKETTIMEDOUT)/,
    // Today's CLI (undici) says only "fetch failed" and prints the network error as its cause.
    /Error authenticating with (?:the refresh token|JWT(?: config)?|auth code) due to: fetch failed[\s\S]{0,400}?\[cause\]: (?<reason>ConnectTimeoutError|(?:Error: )?(?:read|connect) E(?:TIMEDOUT|CONNRESET)\b|SocketError: other side closed)/,
    // The JWT flow lists what each attempt met.
    /Error authenticating with JWT\.[ \t]*\n[ \t]*Errors encountered:[ \t]*\n[ \t]*(?<reason>(?:connect|read) E(?:TIMEDOUT|CONNRESET)\b|socket hang up)/
  ],
  explanation:
    'The CLI reached for the login or token URL and the connection timed out or was reset before Salesforce answered. Nothing says the credentials are wrong: the runner, its proxy or the instance dropped the connection for a moment.',
  remediation: [
    'Rerun the job.',
    "If it repeats, check the runner's proxy settings (HTTPS_PROXY, NO_PROXY) and https://status.salesforce.com for the instance, then whether a firewall lets the runner reach the login URL."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: true
})
