import rule from '../../../../src/classify/rules/test/custom-exception.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // benahm/TestDataFactory issue 10
      text: 'TestDataFactory.TestDataFactoryException: Unable to insert "QuoteLineItem.product2" records',
      captures: { exceptionType: 'TestDataFactory.TestDataFactoryException' }
    },
    {
      // paull10au/qsyd_InvocableEmailActions issue 8
      text: 'qsyd_InvocableEmailBase.InvocableEmailException: >>> qsyd_InvocableEmailAction.sendEmail failed with exception: boom',
      captures: { exceptionType: 'qsyd_InvocableEmailBase.InvocableEmailException' }
    }
  ],
  negatives: [
    { text: 'System.NullPointerException: Attempt to de-reference a null object' },
    { text: 'TestDataFactory.TestDataFactoryException: boom', surface: 'cli' }
  ]
})
