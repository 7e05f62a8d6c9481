import rule from '../../../../src/classify/rules/limits/dml-statements-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/ConnectApiHelper issue 28
      text: 'System.LimitException: Too many DML statements: 151',
      captures: { count: '151' }
    },
    {
      // SalesforceFoundation/NPSP issue 2095
      text: 'System.LimitException: npsp:Too many DML statements: 151',
      captures: { namespace: 'npsp', count: '151' }
    },
    {
      // octoberswimmer/aer-dist issue 247: platform event publish
      text: 'LimitException: Too many publish immediate DML statements: 152',
      captures: { limit: 'Too many publish immediate DML statements', count: '152' }
    }
  ],
  negatives: [{ text: 'Too many DML rows: 10001' }]
})
