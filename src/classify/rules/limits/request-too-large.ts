import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'request-too-large',
  category: 'limits',
  title: 'The request was too large for Salesforce to accept (HTTP 431/414)',
  surfaces: ['cli', 'log'],
  patterns: [
    /\bERROR_HTTP_431\b/,
    /\bRequest Header Fields Too Large\b/i,
    /\bERROR_HTTP_414\b/,
    /\bURI Too Long\b/
  ],
  explanation:
    'Salesforce rejects a request whose URL or headers exceed its size limit (in practice about 12,000 characters of query). The CLI builds such a request when it queries many tests, classes or fields in one go, for example `sf apex run test` over hundreds of test classes or code coverage of a large org. Retrying sends the same request and fails the same way.',
  remediation: [
    'Update the Salesforce CLI: newer versions split large test and coverage queries into smaller requests.',
    'Run the tests in smaller groups (`--class-names` or `--suite-names` in batches) or with `--test-level RunLocalTests` instead of listing every class.',
    'Leave out `--code-coverage` for the run that fails and collect coverage in a separate, smaller run.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_api.htm'
  ],
  retryable: false
})
