import rule from '../../../../src/classify/rules/fallback/transient-fault-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
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
    {
      text: 'Apex CPU time limit exceeded'
    },
    {
      text: 'Set the session timeout to 2 hours in Session Settings'
    }
  ]
})
