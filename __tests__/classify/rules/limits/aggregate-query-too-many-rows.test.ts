import rule from '../../../../src/classify/rules/limits/aggregate-query-too-many-rows.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // opfocus blog
      text: 'System.QueryException: Aggregate query has too many rows for direct assignment, use FOR loop'
    },
    {
      // salesforcekings blog 2015, as a log line
      text: 'Aggregate query has too many rows for direct assignment, use FOR loop',
      surface: 'log'
    }
  ],
  negatives: [
    {
      text: 'Aggregate query does not support queryMore(), use LIMIT to restrict the results to a single batch'
    }
  ]
})
