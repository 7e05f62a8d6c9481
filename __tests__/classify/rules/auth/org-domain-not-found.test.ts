import rule from '../../../../src/classify/rules/auth/org-domain-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // the same lookup failing while a deploy is polled (the text is ours, in SDR's words); the catalog
      // message file's reading of it is auth too
      text: 'Metadata API request failed: request to https://acme.my.salesforce.com/services/Soap/m/60.0 failed, reason: getaddrinfo ENOTFOUND acme.my.salesforce.com',
      captures: { host: 'acme.my.salesforce.com' }
    },
    {
      // forcedotcom/cli#1713: 24 minutes into polling an mdapi deploy (five readings of six say auth)
      text: 'MetadataTransferError: Metadata API request failed: The org cannot be found\n    at MetadataApiDeploy.pollStatus',
      surface: 'cli'
    },
    {
      // sf 2.150.6 `project deploy start` (exit 2); the cause is a My Domain DNS timeout
      text: 'DomainNotFoundError: Parsing --target-org \n\tThe org cannot be found\nSee more help with --help\nSfError [MyDomainResolverTimeoutError]: The client has timed out.\n  actions: undefined,\n  exitCode: 1'
    },
    {
      // forcedotcom/cli#1136 (sfdx 7)
      text: 'ERROR running force:source:deploy:  The org cannot be found',
      surface: 'log'
    },
    {
      // a scratch org's host that no longer resolves (forcedotcom/cli thread, deploy to an expired org)
      text: 'Error: getaddrinfo ENOTFOUND inspiration-velocity-3254.cs89.my.salesforce.com\n   at GetAddrInfoReqWrap.onlookup [as oncomplete] (dns.js:69:26)',
      captures: { host: 'inspiration-velocity-3254.cs89.my.salesforce.com' }
    },
    {
      // the reporter hid the org's host
      text: 'Unhandled rejection Error: getaddrinfo ENOTFOUND ...........at GetAddrInfoReqWrap.onlookup [as oncomplete]'
    }
  ],
  negatives: [
    // Salesforce hosts that are not an org's
    { text: 'Error: getaddrinfo ENOTFOUND developer.salesforce.com' },
    { text: 'Error: getaddrinfo ENOTFOUND xxxproxy.corp.local' },
    { text: 'No authorization information found for prod.' },
    // the login host always exists: its lookup failing is the runner's DNS
    { text: 'Error: getaddrinfo ENOTFOUND login.salesforce.com' },
    {
      text: 'request to https://registry.npmjs.org/@salesforce%2fcli failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org'
    },
    { text: "'EAI_AGAIN': getaddrinfo EAI_AGAIN instance:443" }
  ]
})
