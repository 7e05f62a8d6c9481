import rule from '../../../../src/classify/rules/transient/network-connection-reset.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // Node's stream error as node-fetch raises it (tinesoft/nxrocks pull request 146).
    { text: 'Error [ERR_STREAM_PREMATURE_CLOSE]: Premature close', surface: 'cli' },
    {
      // forcedotcom/salesforcedx-vscode issue 1373: a retrieve whose zip arrived cut short
      text: 'ERROR running force:source:retrieve:  Invalid or unsupported zip format. No END header found'
    },
    {
      // the message a test row carries when the run lost its connection (public issue)
      text: 'Could not run tests on class 01p5e000000abcd because: connection was cancelled here',
      surface: 'test'
    },
    {
      // a test run whose connection to the org dropped
      text: 'Could not run tests on class 01p000000000001 because: connection was cancelled here',
      surface: 'log'
    },
    {
      // apex test run polling cut off (forcedotcom/cli issue)
      text: 'Connection exception encountered while executing query :Select Id, ApexClassId, Status FROM ApexTestQueueItem'
    },
    {
      // forcedotcom/cli#1169
      text: 'ERROR running force:source:retrieve:  Metadata API request failed: read ECONNRESET'
    },
    {
      // forcedotcom/cli#1417
      text: 'Error: socket hang up',
      surface: 'log'
    },
    {
      // SDR retryable list
      text: 'Client network socket disconnected before secure TLS connection was established'
    }
  ],
  negatives: [
    { text: 'Connection reset for user ci@example.com: password changed' },
    // Another word that starts the same: the text is ours.
    { text: 'Premature closure of the release window blocked the deployment' }
  ]
})
