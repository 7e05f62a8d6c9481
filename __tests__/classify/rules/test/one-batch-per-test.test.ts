import rule from '../../../../src/classify/rules/test/one-batch-per-test.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // help.salesforce.com 000386014 (older casing)
      text: 'System.UnexpectedException: No more than one executeBatch can be called from within a testmethod. Please make sure the iterable returned from your start method matches the batch size, resulting in one executeBatch invocation.'
    },
    {
      text: 'System.UnexpectedException: No more than one executeBatch can be called from within a test method. Please make sure the iterable returned from your start method matches the batch size, resulting in one executeBatch invocation.'
    }
  ],
  negatives: [
    // a batch started from a batch is the platform's nesting restriction, not the test's own mistake
    {
      text: 'System.AsyncException: Database.executeBatch cannot be called from a batch start, batch execute, or future method.'
    }
  ]
})
