import rule from '../../../../src/classify/rules/test/apex-test-failure-line.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // validate message line shape (plugin-deploy-retrieve), custom exception
      text: 'FailedValidationError: Failed to validate the deployment (0AfFAKE00000010AAA). Due To:\nOrderServiceTest.placesOrder - OrderService.OrderException: Order has no lines',
      surface: 'cli',
      captures: { testName: 'OrderServiceTest.placesOrder' }
    },
    {
      // benedwards44/Apex-for-Xero issue 3: ANT summary
      text: '1.  XeroTest.syncsInvoices -- MyNs.XeroException: unexpected response 500',
      surface: 'log',
      captures: { testName: 'XeroTest.syncsInvoices' }
    }
  ],
  negatives: [
    { text: "Error in Foo - Missing ';' at '}' (4:5)", surface: 'log' },
    {
      text: 'Bar - Test coverage of selected Apex Class is 25%, at least 75% test coverage is required',
      surface: 'log'
    }
  ]
})
