import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-domain-not-found',
  category: 'auth',
  title: "The org's My Domain could not be resolved (the org cannot be found)",
  surfaces: ['cli', 'log'],
  patterns: [
    /The org cannot be found/,
    /\bDomainNotFoundError\b/,
    /Domain Not Found/,
    // An org's own host (My Domain, force.com) that does not resolve names an org that is gone or renamed;
    // any other host failing to resolve is the runner's network, left to the transient rule.
    /\bgetaddrinfo ENOTFOUND (?<host>[\w.-]{1,200}\.(?:my\.salesforce|force)\.com)\b/,
    // The same, with the reporter's own host hidden.
    /\bgetaddrinfo ENOTFOUND (?<host>\.{3,}|<[\w -]{1,40}>)/
  ],
  explanation:
    'Before using an org the CLI looks up its My Domain host name, and the lookup failed. We treat this as an auth problem: the stored instance URL is wrong, the org was deleted or expired, or My Domain was changed. Only for an org created in the last few minutes is it worth waiting, because new domains take a while to appear in DNS; and when the lookup failed while a deploy the org had accepted was being polled ("Metadata API request failed"), the runner’s DNS may have dropped out for a moment.',
  remediation: [
    'Check that the org still exists and that the instance URL in `sf org display --target-org <alias>` opens in a browser.',
    'If My Domain was renamed or enhanced domains enabled, log out and log in again with the new URL.',
    'For a scratch org created seconds ago, wait a minute and rerun; on runners whose DNS blocks outside lookups set SF_DISABLE_DNS_CHECK=true (SFDX_DISABLE_DNS_CHECK on older CLIs).',
    'If it failed mid-deploy, check whether the deploy finished (`sf project deploy report --job-id <0Af… id>`) before rerunning.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_dev_cli_env_variables.htm'
  ],
  retryable: false
})
