import rule from '../../../../src/classify/rules/auth/session-expired-or-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // an access token the org no longer accepts: jsforce refreshes on this errorCode as on INVALID_SESSION_ID,
    // and the userinfo endpoint answers it as a 403's whole body
    { text: '[{"message":"Bad_OAuth_Token","errorCode":"Bad_OAuth_Token"}]', surface: 'cli' },
    { text: 'Error (1): Bad_OAuth_Token', surface: 'cli' },
    // salesforce-alm (the sfdx toolbelt), messages UserSessionIsInvalid
    {
      text: 'ci-scratch: The user session for this org is expired or invalid. Please run config.',
      surface: 'cli'
    },
    {
      // sf org open / deploy against an org whose token expired (forcedotcom/cli issue thread)
      text: 'Error: Access token to the CAREFUL_PRODUCTION_CAREFUL has expired or the user has no access..'
    },
    {
      // sf 2.146.3 `apex run test` with an expired session
      text: 'INVALID_SESSION_ID: Session expired or invalid\nINVALID_SESSION_ID: Session expired or invalid'
    },
    {
      // sf 2.146.3 `project deploy start` with an expired session (SOAP form)
      text: 'sf:INVALID_SESSION_ID: INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash: fakehash=='
    },
    {
      // wadewegner/deploy-to-sfdx#11
      text: 'ERROR running force:org:create:  Session expired or invalid. ',
      surface: 'log'
    },
    {
      // SFDMU (an sf plugin) in CI, naming the org by its alias with a space in it
      text: '[ERROR] Command initialization error: Access token to the *Authorized Sandbox* has expired or the user has no access.. Execution of the command sfdmu:run has been completed.',
      surface: 'cli'
    },
    {
      // an older SFDMU wording
      text: 'Command initialization error: Access token to the XYZ has been expired or the user has no access permissions.',
      surface: 'cli'
    }
  ],
  negatives: [
    { text: 'Session settings: timeout value is 2 hours' },
    // Not a session: a refresh token whose expiry is a different fix.
    { text: 'Access token to the org was refreshed; the refresh token expires in 90 days' }
  ]
})
