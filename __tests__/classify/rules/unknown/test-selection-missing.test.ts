import rule from '../../../../src/classify/rules/unknown/test-selection-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli issue 2878
      text: 'Error (1): Always provide a classes, suites, tests, or testLevel property.',
      surface: 'log'
    },
    {
      // forcedotcom/cli issue (sfdx 7)
      text: 'ERROR running force:apex:test:run: Always provide a classes, suites, tests, or testLevel property.'
    },
    {
      // xjsender/haoide issue 138
      text: 'INVALID_OPERATION: runTests must not be empty when a testLevel of RunSpecifiedTests is used'
    }
  ],
  negatives: [
    {
      text: 'INVALID_INPUT: There are no Apex tests to run in this org.'
    }
  ]
})
