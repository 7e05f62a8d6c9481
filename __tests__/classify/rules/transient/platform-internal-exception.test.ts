import rule from '../../../../src/classify/rules/transient/platform-internal-exception.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // joeferraro/MavensMate-SublimeText issue 384
      text: 'common.apex.runtime.bytecode.BytecodeExecutionContext cannot be cast to common.apex.runtime.impl.ExecutionContext (Line: 1)',
      surface: 'component'
    },
    {
      // an internal DML error inside a test (public issue)
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: UNKNOWN_EXCEPTION, common.udd.object.DmlOperationException: []',
      surface: 'test'
    },
    {
      // a query cursor expired while the CLI polled (public issue)
      text: 'Metadata API request failed: INVALID_QUERY_LOCATOR: invalid query locator',
      surface: 'cli'
    },
    {
      // an internal SQL error leaking from the Metadata API (forcedotcom/cli issue thread)
      text: "common.exception.SfdcSqlException: ; nested exception is: common.exception.ApiQueryException: GenAiPlannerFunctionDef WHERE Id in ('17DJ9000000TN1j')",
      surface: 'component'
    },
    {
      // jongpie/NebulaLogger#624 (SOSL in a new scratch org)
      text: 'Search Unavailable',
      surface: 'test'
    },
    {
      // forcedotcom/cli#2925 (PathAssistant component problem)
      text: 'java.lang.IllegalStateException: Programmer error: Cannot use savepoints that are rolled back',
      surface: 'component',
      captures: { detail: 'IllegalStateException' }
    }
  ],
  negatives: [
    // A project's own cast error is Apex's TypeException, not the runtime's.
    {
      text: 'System.TypeException: Invalid conversion from runtime type Account to Contact',
      surface: 'test'
    },
    { text: 'System.NullPointerException: Attempt to de-reference a null object', surface: 'test' },
    // SalesforceCommerceCloud/b2c-crm-sync#140: the database refusing the query a test built, every run
    {
      text: 'System.UnexpectedException: common.exception.SfdcSqlException: ORA-00920: invalid relational operator\nClass.Query.toSObjectList: line 1546, column 1',
      surface: 'test'
    }
  ]
})
