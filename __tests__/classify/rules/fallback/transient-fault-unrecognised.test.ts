import rule from '../../../../src/classify/rules/fallback/transient-fault-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // vlocityinc/vlocity_build issue 393: Puppeteer waiting on a slow Setup page
      text: 'Error >> TimeoutError: waiting for selector `#compiler-message` failed: timeout 30000ms exceeded',
      surface: 'cli'
    },
    // axios and Puppeteer word the same wait differently.
    { text: 'AxiosError: timeout of 30000ms exceeded', surface: 'cli' },
    { text: 'TimeoutError: Navigation timeout of 30000 ms exceeded', surface: 'log' },
    {
      // sf browserforce apply in CI while the org showed its maintenance page
      text: 'Error (1): page.waitForURL: Timeout 90000ms exceeded.\n\n=========================== logs ===========================\n\nwaiting for navigation until "load"',
      surface: 'cli'
    },
    {
      // Data Loader's command-line extract in Jenkins, near the end of a 589k-row query
      text: '2022-11-17 04:26:50,576 ERROR [xxxPolicyExtract] client.PartnerClient runOperation (PartnerClient.java:359) - Error while calling web service operation: queryMore, error was: \ncom.sforce.soap.partner.fault.InvalidQueryLocatorFault: null',
      surface: 'log'
    },
    {
      // salesforcedx-apex waiting for test results over the Streaming API
      text: 'Test run handshake failed: 403::Unknown client',
      surface: 'cli'
    },
    {
      // TLS spoken to a plain-HTTP proxy port (forcedotcom/cli thread)
      text: 'write EPROTO 30732424:error:100000f7:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER:../../third_party/boringssl/src/ssl/tls_record.cc:242:',
      surface: 'cli'
    },
    {
      // CircleCI no-output timeout while the deploy was Pending
      text: 'Status: Pending No components deployed Too long with no output (exceeded 10m0s): context deadline exceeded'
    },
    {
      // a wording no specific rule covers
      text: 'SfError: The request to Salesforce timed out'
    },
    {
      text: 'Polling the deploy status failed: the service is temporarily unavailable',
      surface: 'log'
    }
  ],
  negatives: [
    // A timeout the user configured, stated without a failure.
    { text: 'Timeout set to 90000ms for each page', surface: 'cli' },
    {
      text: 'Apex CPU time limit exceeded'
    },
    {
      text: 'Set the session timeout to 2 hours in Session Settings'
    }
  ]
})
