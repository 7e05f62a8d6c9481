import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'daily-api-request-limit',
  category: 'limits',
  title: "The org's 24-hour API request limit is used up",
  surfaces: ['cli', 'log', 'component', 'test'],
  patterns: [/(?<limit>TotalRequests Limit exceeded)/, /(?<limit>REQUEST_LIMIT_EXCEEDED): TotalRequests/],
  explanation:
    'Every org has a rolling 24-hour allowance of API calls shared by all integrations and tools, including the Salesforce CLI. When it is spent, Salesforce rejects further API calls (deploys, test runs, queries) until usage drops.',
  remediation: [
    'Check the allowance and usage: `sf org list limits --target-org <org>` (DailyApiRequests).',
    'Find the integration or job consuming the calls in Setup > System Overview or the API Usage report, and throttle it.',
    'Retry once usage falls below the limit, or ask Salesforce to raise it.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_api.htm'
  ],
  retryable: false
})
