import rule from '../../../../src/classify/rules/test/no-tests-to-run.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.146.3 apex run test against an org without tests (INVALID_INPUT envelope)
      text: 'INVALID_INPUT: There are no Apex tests to run in this org.\nINVALID_INPUT: Always provide a classes, suites, tests, or testLevel property'
    }
  ],
  negatives: [
    { text: 'Ran 0 tests in 0.1s', surface: 'log' },
    { text: 'Error (1): Always provide a classes, suites, tests, or testLevel property.', surface: 'log' }
  ]
})
