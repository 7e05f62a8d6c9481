import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'api-access-disabled',
  category: 'auth',
  title: 'API access is disabled for the org or the deploy user',
  surfaces: ['cli', 'log'],
  patterns: [
    /\bAPI_DISABLED_FOR_ORG\b/,
    /\bAPI_CURRENTLY_DISABLED\b/,
    /The REST API is not enabled for this Organization/i,
    /API is disabled for this User/,
    /\bUser not enabled for (?:streaming|API|the API)\b/i,
    /\bAPI is not enabled for this Organization\b/i,
    /\bpermissions to access Apex code and the Streaming API\b/
  ],
  explanation:
    'The CLI works only through the APIs. Either the user\'s profile lacks the "API Enabled" permission, or the org edition (such as Professional without API add-on) has no API access.',
  remediation: [
    'Grant "API Enabled" to the deploy user through its profile or a permission set.',
    'If the org edition has no API access, deploy to an edition that does or buy the API add-on.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm'],
  retryable: false
})
