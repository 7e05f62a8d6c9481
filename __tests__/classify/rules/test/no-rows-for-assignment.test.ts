import rule from '../../../../src/classify/rules/test/no-rows-for-assignment.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // mlockett/ApexLogger issue 16
      text: 'System.QueryException: List has no rows for assignment to SObject'
    },
    {
      // dlrs issue 1246: managed-package suffix form
      text: 'List has no rows for assignment to SObject (workstudy): [] (dlrs)',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'System.QueryException: List has more than 1 row for assignment to SObject' }]
})
