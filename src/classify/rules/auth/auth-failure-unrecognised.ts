import { defineRule } from '../../define-rule.js'
import { CLI_ERROR_PREFIX } from '../cli-error-prefix.js'

export default defineRule({
  id: 'auth-failure-unrecognised',
  category: 'auth',
  title: "The org refused the CLI's credentials",
  surfaces: ['cli', 'log'],
  patterns: [
    // Not Apex's "Unauthorized endpoint" callout error: that is the org's Remote Site Settings, not a login.
    /\b(?:invalid_grant|invalid_client(?:_id)?|invalid_request|unsupported_grant_type|authentication failure|not authorized to access|Unauthorized(?! endpoint, please check)|INVALID_AUTH_HEADER)\b/,
    /\bYou do not have access to the \[(?<object>ScratchOrgInfo|ActiveScratchOrg|Organization)\] object/,
    /\bis enabled as a Dev ?Hub\b/i,
    /\bInvalid instance URL\b/,
    // A login sent to a server instance that does not host the org.
    /\bORG_NOT_OWNED_BY_INSTANCE\b/,
    // A Transaction Security policy of the org blocking what the CLI user tried to do.
    /(?<!first error: )\bTXN_SECURITY_(?:NO_ACCESS|END_A_SESSION|TWO_FA_REQUIRED)\b/,
    // A whole API call (data load, org create, package install) refused for the CLI user's access.
    // Only on the CLI's own output: inside a test or a component the same code is that record's story.
    new RegExp(
      String.raw`^${CLI_ERROR_PREFIX}INSUFFICIENT_ACCESS_OR_READONLY:(?! insufficient access rights on cross-reference)`
    ),
    /\binvalid or expired access token\b/i,
    /\bDev ?Hub authenticated with auth:/i,
    // A login page answering with a redirect or a refusal, as plugins that drive Setup pages report it.
    /\blogin failed \[(?:30[12]|40[13])\]/i,
    /\bError authenticating to (?:the )?org\b/i,
    /\bCheck your SFDX authentication data\b/,
    // SFDMU finding that the CLI's stored login for an org no longer works.
    /\bPlease,? try to refresh your local SFDX CLI connection\b/i,
    // The org login step itself reporting failure, whatever the OAuth flow's own words after it.
    new RegExp(String.raw`^${CLI_ERROR_PREFIX}Failed to authorize org(?![\w-])`, 'm')
  ],
  explanation:
    'The org answered with an authentication or authorization error for the user the CLI logged in as: the stored credentials are wrong or revoked, or the user lacks the access the command needs (for scratch orgs, the Dev Hub permissions).',
  remediation: [
    'Check the login in the same job: `sf org display --target-org <alias> --verbose` (does the token refresh?).',
    'Re-create the auth secret from a fresh login and store it again.',
    'For scratch org commands, make sure the Dev Hub is enabled in that org and the user has the Salesforce DX permissions (a permission set with Create and Delete on ScratchOrgInfo).',
    'If the org refused an action rather than the login (INSUFFICIENT_ACCESS_OR_READONLY, a TXN_SECURITY_ Transaction Security policy), give the CLI user the object permissions or sharing it needs, or ask the admin to exempt it from the policy.',
    'For ORG_NOT_OWNED_BY_INSTANCE, log in again through the org’s My Domain URL (`--instance-url https://<domain>.my.salesforce.com`).'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth.htm'],
  retryable: false
})
