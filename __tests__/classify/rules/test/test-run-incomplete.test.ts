import rule from '../../../../src/classify/rules/test/test-run-incomplete.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforcedx-apex i18n: testRunAborted
      text: 'Test run 707FAKE00000023AAA is aborted',
      captures: { testRunId: '707FAKE00000023AAA' }
    },
    {
      // salesforcedx-apex i18n: noResultsFound
      text: 'No test results were found for test run 7075g00000ABCDE',
      surface: 'log',
      captures: { testRunId: '7075g00000ABCDE' }
    }
  ],
  negatives: [{ text: 'Test run 707FAKE00000023AAA completed' }]
})
