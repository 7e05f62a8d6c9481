import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'concurrent-request-limit',
  category: 'limits',
  title: 'Too many requests ran against the org at the same time',
  surfaces: ['cli', 'log', 'test', 'component'],
  patterns: [
    /REQUEST_LIMIT_EXCEEDED: (?<limit>Concurrent\w+)/,
    /\b(?<limit>ConcurrentPerOrg(?:LongTxn|Apex)) Limit exceeded/,
    /Concurrent requests limit exceeded/i,
    /\bERROR_HTTP_(?<status>42[09])\b/,
    /\bTOO_MANY_REQUESTS\b/
  ],
  explanation:
    'Salesforce caps how many long-running requests (and concurrent API calls) an org serves at once, and rate-limits bursts. The cap clears within seconds to minutes, unlike the 24-hour API request quota.',
  remediation: [
    'Retry after a short back-off.',
    'If it recurs, reduce parallel jobs and integrations hitting the org during deploys, and look for slow synchronous Apex (over 5 seconds) in the org.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_api.htm'
  ],
  retryable: true
})
