import rule from '../../../../src/classify/rules/limits/soql-queries-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // MavensMate issue 652: ApexTestResult.Message
      text: 'System.LimitException: Too many SOQL queries: 101',
      captures: { count: '101', limit: 'Too many SOQL queries' }
    },
    {
      // SalesforceLabs/ActionPlansV4 issue 172: managed namespace prefix
      text: 'System.LimitException: LabsActionPlans:Too many SOQL queries: 101',
      captures: { namespace: 'LabsActionPlans', count: '101' }
    },
    {
      // Deploy test failure wrapped in a trigger DML error (limit wins over the test wrapper)
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, AccountTrigger: execution of AfterInsert\n\ncaused by: System.LimitException: Too many SOQL queries: 101\n\nTrigger.AccountTrigger: line 3, column 1: []',
      captures: { count: '101' }
    },
    {
      // Legacy deploy log line
      text: 'Test failure, method: FooTest.bulkInsert -- System.LimitException: Too many SOQL queries: 201 stack Class.Foo.run: line 12, column 1',
      surface: 'log',
      captures: { count: '201' }
    }
  ],
  negatives: [{ text: 'Number of SOQL queries: 12 out of 100' }, { text: 'Too many SOSL queries: 21' }]
})
