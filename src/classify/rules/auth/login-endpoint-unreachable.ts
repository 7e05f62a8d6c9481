import { defineRule } from '../../define-rule.js'
import { JWT_LOGIN_ERRORS, LOGIN_FAILED_DUE_TO } from '../login-step.js'

/** What the CLI says when it could not reach the login URL at all. */
const UNREACHABLE = String.raw`(?:fetch failed|request to \S+ failed|getaddrinfo|connect E[A-Z]+)`

export default defineRule({
  id: 'login-endpoint-unreachable',
  category: 'auth',
  title: 'Login failed because the org login URL could not be reached',
  surfaces: ['cli', 'log'],
  patterns: [
    new RegExp(String.raw`${LOGIN_FAILED_DUE_TO}${UNREACHABLE}`),
    new RegExp(String.raw`${JWT_LOGIN_ERRORS}${UNREACHABLE}`),
    /\bUnable to connect to the target org\b/
  ],
  explanation:
    'The CLI could not open a connection to the login or instance URL while exchanging credentials, so no session was created. A host that does not resolve usually means the URL stored in the auth secret is wrong or the org (or its My Domain) no longer exists; we count that as an auth problem, not a network blip.',
  remediation: [
    'Check the instance URL in the auth secret (the part after `@` in the SFDX auth URL, or --instance-url for JWT) and open it in a browser.',
    'If the org was renamed, refreshed or deleted, re-authenticate and store a new secret: `sf org login web --alias <alias>` then `sf org display --verbose --target-org <alias>`.',
    'If the URL is right and the runner has network trouble or a proxy, fix the proxy settings (HTTPS_PROXY) and rerun.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_sfdxurl.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: false
})
