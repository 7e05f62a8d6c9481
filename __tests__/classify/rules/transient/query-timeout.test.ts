import rule from '../../../../src/classify/rules/transient/query-timeout.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Salesforce API fault code and text
      text: 'QUERY_TIMEOUT: Your query request was running for too long.',
      surface: 'cli'
    },
    {
      // SDR retryable list (polling) text
      text: 'Unable to complete the creation of the query cursor at this time',
      surface: 'log'
    },
    {
      text: 'System.QueryException: Your query request was running for too long.',
      surface: 'test'
    }
  ],
  negatives: [{ text: 'System.QueryException: List has no rows for assignment to SObject', surface: 'test' }]
})
