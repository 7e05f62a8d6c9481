import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'access-token-login-failed',
  category: 'auth',
  title: 'The access token or instance URL given to the CLI is not valid',
  surfaces: ['cli', 'log'],
  patterns: [
    /Could not retrieve the username after successful auth code exchange\.(?:\s*Due to: (?<reason>[^\n]+))?/
  ],
  explanation:
    'After accepting the token the CLI asks the org who the user is, and that call failed: the access token has expired or was revoked ("Session expired or invalid"), or the instance URL points at a different or non-existent org ("The requested resource does not exist").',
  remediation: [
    'Get a fresh access token (they last only as long as the session timeout) and check that --instance-url is the My Domain URL of the org that issued it.',
    'Rerun `sf org login access-token --instance-url <My Domain URL> --no-prompt` with SF_ACCESS_TOKEN set to the new token, or switch the pipeline to JWT.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: false
})
