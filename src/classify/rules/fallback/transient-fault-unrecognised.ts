import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'transient-fault-unrecognised',
  category: 'transient',
  title: 'The connection to Salesforce failed or timed out',
  surfaces: ['cli', 'log', 'component'],
  patterns: [
    /\b(?:timed out|ETIMEDOUT|ECONNRESET|ECONNREFUSED|ECONNABORTED|EAI_AGAIN|EPROTO|EPIPE|EHOSTUNREACH|ENETUNREACH|socket hang up|network error|connection (?:reset|refused|closed|aborted|lost)|service (?:is )?(?:temporarily )?unavailable|server is busy)\b/i,
    /\b(?:context deadline exceeded|Too long with no output)\b/,
    // The CLI's streaming client (test results, scratch-org sign-up) losing its channel; a 401 there is
    // the login refused, not the channel.
    /\b(?:handshake failed|failed to handshake)\b(?!: ?401\b)/i,
    // Browser automation (plugins that drive Setup pages) and HTTP clients waiting on an answer that never came.
    /\b(?:[Tt]imeout|Navigation timeout of|timeout of|Waiting failed:) \d+ ?ms exceeded\b/,
    // A query cursor that expired or was closed before the next batch was fetched.
    /\b(?:INVALID_QUERY_LOCATOR|InvalidQueryLocatorFault)\b/
  ],
  explanation:
    'No specific rule knows this message, but it reports a network failure or a timeout between the CLI and the org rather than anything wrong with the deployment.',
  remediation: [
    "Rerun the job; if it fails again, check https://status.salesforce.com for the instance and the runner's network or proxy.",
    'For long deploys, raise `--wait` and check the deploy itself with `sf project deploy report --job-id <id>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm'
  ],
  retryable: true
})
