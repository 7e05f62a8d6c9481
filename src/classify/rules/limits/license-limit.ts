import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'license-limit',
  category: 'limits',
  title: 'No free user licenses left in the org (LICENSE_LIMIT_EXCEEDED)',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?<code>LICENSE_LIMIT_EXCEEDED)/, /(?<code>License Limit Exceeded)/],
  explanation:
    'Creating or activating a user needs a free license of the profile’s license type. Tests that insert Users with a profile whose licenses are all assigned fail in orgs with no spare seats, even though tests roll back.',
  remediation: [
    'Check Setup > Company Information > User Licenses for the license type the test profile uses.',
    'In tests, use a profile whose license has spare seats (Standard User in most orgs), or deactivate unused users.',
    'Check seat usage with `sf data query --query "SELECT Name, TotalLicenses, UsedLicenses FROM UserLicense" --target-org <org>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm'
  ],
  retryable: false
})
