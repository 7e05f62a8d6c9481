import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'session-expired-or-invalid',
  category: 'auth',
  title: 'The session used by the CLI is expired or invalid (INVALID_SESSION_ID)',
  surfaces: ['cli', 'log', 'component'],
  patterns: [
    /\bINVALID_SESSION_ID\b/,
    /Session expired or invalid/,
    // The sfdx toolbelt's wording (salesforce-alm, UserSessionIsInvalid).
    /\bThe user session for this org is expired or invalid\b/,
    /Invalid Session ID found in SessionHeader/,
    /This session is not valid for use with the (?:REST )?API/,
    // The code for an access token the org no longer accepts (REST errorCode, or userinfo's 403 body).
    /\bBad_OAuth_Token\b/,
    // SFDMU's wording, for either org of a data move.
    /\bAccess token (?:to|for) the [^\n]{1,80}? has (?:been )?expired or the user has no access/
  ],
  explanation:
    'Salesforce rejected the access token. The session timed out or was revoked (logout, password reset, sandbox refresh, "Lock sessions to the IP address" policy), or the CLI holds only an access token with no way to refresh it.',
  remediation: [
    'Log in again in the same job right before deploying, so the CLI holds a refresh token or JWT it can renew with: `sf org login jwt ...` or `sf org login sfdx-url ...`.',
    'If the org locks sessions to the IP address they started from, and CI egress IPs vary, relax that session setting for the integration user.',
    'Rerun the deploy.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm'],
  retryable: false
})
