import rule from '../../../../src/classify/rules/test/test-setup-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // octoberswimmer/aer-dist issue 505
      text: '@TestSetup setupData failed: QueryException: List has no rows for assignment to SObject\nClass.Utilities.getdefaultAssignmentRule: line 68, column 1',
      captures: { method: 'setupData' }
    },
    {
      // Same runner, NullPointerException in setup
      text: '@TestSetup makeData failed: System.NullPointerException: Attempt to de-reference a null object',
      captures: { method: 'makeData' }
    }
  ],
  negatives: [{ text: '@TestSetup methods run once per class' }]
})
