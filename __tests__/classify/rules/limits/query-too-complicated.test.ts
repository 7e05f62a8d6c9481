import rule from '../../../../src/classify/rules/limits/query-too-complicated.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // simple-salesforce issue: a REST read of an Account with many cross-object formula fields
      text: "SalesforceMalformedRequest: Malformed request https://na37.salesforce.com/services/data/v38.0/sobjects/Account/XXXXXXXXXXXXXXXXXX. Response content: [{u'errorCode': u'QUERY_TOO_COMPLICATED', u'message': u'Query is either selecting too many fields or the filter conditions are too complicated.'}]",
      surface: 'cli',
      captures: { limit: 'QUERY_TOO_COMPLICATED' }
    },
    {
      text: 'System.QueryException: Query is either selecting too many fields or the filter conditions are too complicated.\nClass.AccountSelector.selectAll: line 40, column 1',
      surface: 'test'
    },
    {
      // the API's MALFORMED_QUERY for a query built from a long list of Ids
      text: 'MALFORMED_QUERY: SOQL statements can not be longer than 100000 characters',
      surface: 'cli',
      captures: { limit: 'SOQL statements can not be longer than 100000 characters' }
    }
  ],
  negatives: [
    { text: "MALFORMED_QUERY: unexpected token: 'FROM'", surface: 'cli' },
    // A regular expression, not a query: named by regex-too-complicated.
    { text: 'System.LimitException: Regex too complicated', surface: 'test' },
    {
      text: 'System.QueryException: Non-selective query against large object type (more than 200000 rows)',
      surface: 'test'
    }
  ]
})
