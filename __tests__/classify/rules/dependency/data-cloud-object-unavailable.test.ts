import rule from '../../../../src/classify/rules/dependency/data-cloud-object-unavailable.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // a test querying a Data Cloud object, from a test report committed to supreet-lab-daily/autom8 (four
      // readers say dependency)
      text: "System.NoAccessException: No access to entity 'DNB_Account_Data_V1__dlm' Class.AccountProcessBatchHandlerTest.testAccMovesToAwait: line 123, column 1",
      surface: 'test',
      captures: { object: 'DNB_Account_Data_V1__dlm' }
    }
  ],
  negatives: [
    // a custom object the running user may not see: the test's own access setup
    { text: "System.NoAccessException: No access to entity 'Invoice__c'", surface: 'test' }
  ]
})
