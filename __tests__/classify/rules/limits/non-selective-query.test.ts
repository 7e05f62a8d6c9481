import rule from '../../../../src/classify/rules/limits/non-selective-query.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdecoded.github.io non-selective query
      text: 'System.QueryException: Non-selective query against large object type (more than 200000 rows). Consider an indexed filter or contact salesforce.com about custom indexing.',
      captures: { count: '200000' }
    },
    {
      // salesforcecrmnuances blog 2015
      text: 'System.QueryException: Non-selective query against large object type (more than 100000 rows).',
      captures: { count: '100000' }
    }
  ],
  negatives: [{ text: "System.QueryException: unexpected token: '('" }]
})
