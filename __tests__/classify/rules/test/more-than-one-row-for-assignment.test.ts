import rule from '../../../../src/classify/rules/test/more-than-one-row-for-assignment.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // danhowellnz/SendEmail issue 3
      text: 'An Apex error occurred: System.QueryException: List has more than 1 row for assignment to SObject'
    },
    {
      // Same in an Apex test message
      text: 'System.QueryException: List has more than 1 row for assignment to SObject',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'System.QueryException: List has no rows for assignment to SObject' }]
})
