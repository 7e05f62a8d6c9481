import rule from '../../../../src/classify/rules/test/assertion-failed-expected-actual.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.146.3 against the simulated org (apex-run-test-many-failures)
      text: 'System.AssertException: Assertion Failed: Expected: 4, Actual: 3',
      captures: { expected: '4', actual: '3' }
    },
    {
      // trailheadapps/lwc-recipes PR 310: custom message before Expected
      text: 'System.AssertException: Assertion Failed: testContact.Name does not match controller.contactRecord.Name: Expected: null, Actual: Rebecca Crumpler',
      captures: {
        detail: 'testContact.Name does not match controller.contactRecord.Name',
        expected: 'null',
        actual: 'Rebecca Crumpler'
      }
    },
    {
      // fflib-apex-common PR 14: values containing commas
      text: 'System.AssertException: Assertion Failed: Expected: Name,AccountNumber,Id,AnnualRevenue, Actual: AccountNumber,AnnualRevenue,Id,Name',
      captures: { expected: 'Name,AccountNumber,Id,AnnualRevenue' }
    },
    {
      // sf project deploy validate FailedValidationError line (simulated org)
      text: 'FooTest.failsOnPurpose - System.AssertException: Assertion Failed: Expected: 4, Actual: 3',
      surface: 'log',
      captures: { expected: '4' }
    },
    {
      // jamessimone/apex-rollup issue 19: legacy deploy line
      text: 'Test failure, method: RollupTests.shouldMinDateOnUpdate -- System.AssertException: Assertion Failed: Expected: 2020-12-06 00:00:00, Actual: 2021-01-30 00:00:00 stack Class.RollupTests.shouldMinDateOnUpdate: line 1278, column 1',
      surface: 'log',
      captures: { expected: '2020-12-06 00:00:00', actual: '2021-01-30 00:00:00' }
    },
    {
      // SalesforceLabs/survey-force issue 100: the stack trace glued onto the value
      text: 'System.AssertException: Assertion Failed: Expected: false, Actual: trueStack Trace: Class.SFDCAccessControllerTest.testAccessControl: line 141, column 1',
      captures: { expected: 'false', actual: 'true' }
    },
    {
      // Developer forums thread 906F00000008z8vIAA: message and stack trace joined by a tab
      text: 'System.AssertException: Assertion Failed: Expected: Benchmark, Actual: N/A\tClass.testUKItemCodes.testUKItemCodes: line 47, column 5',
      captures: { expected: 'Benchmark', actual: 'N/A' }
    },
    {
      // The text is ours: an actual value that itself mentions a class stays whole
      text: 'System.AssertException: Assertion Failed: Expected: Invalid conversion from runtime type fflib_ApplicationTest.ContactsConstructor, Actual: Invalid conversion from runtime type Class.Other',
      captures: { actual: 'Invalid conversion from runtime type Class.Other' }
    }
  ],
  negatives: [
    { text: 'System.AssertException: Assertion Failed: Same value: null' },
    { text: 'Expected: 4, Actual: 3' }
  ]
})
