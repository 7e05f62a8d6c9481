import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'jwt-audience-invalid',
  category: 'auth',
  title: 'JWT login used the wrong login URL (audience is invalid)',
  surfaces: ['cli', 'log'],
  patterns: [
    /audience is invalid\s*\[audience=(?<audience>[^\s\]]+) login=(?<loginUrl>[^\s\]]+)\]/,
    /\baudience is invalid\b/
  ],
  explanation:
    'The JWT audience must be the login server of the org type: https://test.salesforce.com for sandboxes, https://login.salesforce.com for production and developer orgs, or the My Domain URL. A mismatch between the org and --instance-url makes Salesforce reject the assertion.',
  remediation: [
    "Pass the right login URL: `sf org login jwt ... --instance-url https://test.salesforce.com` for a sandbox, or the org's My Domain URL.",
    'If the pipeline logs into several orgs, check that the sandbox job does not reuse the production login URL (or SF_AUDIENCE_URL / sfdcLoginUrl in sfdx-project.json).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_jwt_flow.htm'
  ],
  retryable: false
})
