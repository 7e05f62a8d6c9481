import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'soap-login-disabled',
  category: 'auth',
  title: 'The org does not allow username-password logins through SOAP API login()',
  surfaces: ['cli', 'log'],
  patterns: [
    // The fault the API returns; notices about the retirement in a tool's own log are not it.
    /\bSOAP API login\(\) is disabled by default in this org\b/,
    /\bINVALID_OPERATION: SOAP API login\(\) is (?:disabled|not (?:available|supported|enabled))\b/
  ],
  explanation:
    'The tool logged in with a username, password and security token through SOAP API login(). Salesforce is retiring that call: it is gone from API version 65.0, disabled by default in orgs created since, needs a dedicated user permission where an admin re-enabled it, and ends for every API version in Summer ’27. Nothing is wrong with the password.',
  remediation: [
    'Move the pipeline to an OAuth login the CLI supports: `sf org login jwt` with an External Client App (or connected app) certificate, or an SFDX auth URL stored as a secret (`sf org login sfdx-url`).',
    'For a third-party tool (Ant migration tool, Data Loader, SFDMU, a vendor connector), switch it to its OAuth option or upgrade it to a version that has one.',
    'Only as a stopgap: an administrator can re-enable SOAP API login() for the org and give the integration user the permission it requires, until the retirement.'
  ],
  docs: ['https://help.salesforce.com/s/articleView?id=005132110&type=1'],
  retryable: false
})
