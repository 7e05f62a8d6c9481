import rule from '../../../../src/classify/rules/limits/dml-rows-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // declarative-lookup-rollup-summaries issue 731
      text: 'System.LimitException: dlrs:Too many DML rows: 10001',
      captures: { namespace: 'dlrs', count: '10001' }
    },
    {
      // Apex governor limit text without namespace
      text: 'System.LimitException: Too many DML rows: 10001',
      surface: 'component',
      captures: { count: '10001' }
    }
  ],
  negatives: [{ text: 'Too many DML statements: 151' }]
})
