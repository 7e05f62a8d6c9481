import rule from '../../../../src/classify/rules/transient/network-connection-reset.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
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
  negatives: [{ text: 'Connection reset for user ci@example.com: password changed' }]
})
