import rule from '../../../../src/classify/rules/transient/org-in-maintenance.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // the API status code for a write during an instance's read-only window
      text: 'INSERT_UPDATE_DELETE_NOT_ALLOWED_DURING_MAINTENANCE: Updates can’t be performed while the org is in read-only mode',
      surface: 'cli'
    },
    {
      // the same refusal inside an Apex test's DML
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: INSERT_UPDATE_DELETE_NOT_ALLOWED_DURING_MAINTENANCE, Updates can’t be performed while the org is in read-only mode: []',
      surface: 'test'
    },
    {
      // the fault code from the API's ExceptionCode list, with our own text after it: no real message was found
      text: 'LOGIN_ERROR: ORG_IN_MAINTENANCE: Your organization is currently undergoing maintenance.',
      surface: 'cli'
    }
  ],
  negatives: [
    { text: 'GitHub is down for maintenance', surface: 'log' },
    { text: 'System.FinalException: Record is read-only', surface: 'test' },
    { text: 'Field is read-only: Account.CreatedDate', surface: 'component' },
    {
      // a proxy's 503 page: a server fault, not an org in maintenance
      text: 'The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.',
      surface: 'cli'
    }
  ]
})
