import rule from '../../../../src/classify/rules/limits/license-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Test that inserts a User when no licenses are free
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: LICENSE_LIMIT_EXCEEDED, License Limit Exceeded: []'
    },
    {
      // SOAP API StatusCode LICENSE_LIMIT_EXCEEDED as a log line
      text: 'Error: LICENSE_LIMIT_EXCEEDED: License Limit Exceeded',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'This feature is not licensed for your organization' }]
})
