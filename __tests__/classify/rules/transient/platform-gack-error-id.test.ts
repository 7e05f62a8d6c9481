import rule from '../../../../src/classify/rules/transient/platform-gack-error-id.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // flow test run, UNKNOWN_EXCEPTION envelope
      text: 'UNKNOWN_EXCEPTION: An unknown exception occurred.'
    },
    {
      // forcedotcom/cli issue: MetadataTransferError
      text: 'Metadata API request failed: Java heap space Error Id: 22737522-27807 (-969101499)',
      captures: { errorId: '22737522-27807 (-969101499)' }
    },
    {
      // a gack reported with nothing but its id
      text: 'Deployment failed: 1894456221-340155 (-1398232781)',
      surface: 'cli',
      captures: { errorId: '1894456221-340155 (-1398232781)' }
    },
    {
      // sf project deploy: exit code 20, the ErrorId without its parenthesised suffix (forcedotcom/cli issue)
      text: 'Error (20): Metadata API request failed: UNKNOWN_EXCEPTION: An unexpected error occurred. Please include this ErrorId if you contact support: 193357600-12117',
      surface: 'cli',
      captures: { errorId: '193357600-12117' }
    },
    {
      // RoseSilverSoftware/IlluminatedCloud#1825 (component problem on every Apex class)
      text: 'An unexpected error occurred. Please include this ErrorId if you contact support: 1302996278-96467 (1369789590)',
      captures: { errorId: '1302996278-96467 (1369789590)' }
    },
    {
      // sf 2.146.3 deploy-level errorMessage (errorStatusCode: errorMessage)
      text: 'UNKNOWN_EXCEPTION: UNKNOWN_EXCEPTION: An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-1234567890)',
      surface: 'cli',
      captures: { errorId: '1234567890-12345 (-1234567890)' }
    },
    {
      // SalesforceLabs/Milestones-PM#40 (Apex test message)
      text: 'Internal Salesforce Error: 347583757-15370 (2023275027) (2023275027)',
      surface: 'test',
      captures: { errorId: '347583757-15370 (2023275027)' }
    },
    {
      // RoseSilverSoftware/IlluminatedCloud#595
      text: 'Error:(1, 1) An unexpected error has occurred. 174145417-80495 (-873769799)',
      surface: 'log'
    },
    {
      // an sfdx 6 component failures table row whose problem was the bare status code
      text: 'Error sdx_sourceDeploy_1561452085648/ UNKNOWN_EXCEPTION N/A UNKNOWN_EXCEPTION (0:0)',
      surface: 'component'
    },
    { text: 'UNKNOWN_EXCEPTION', surface: 'component' },
    { text: 'Error (1): UNKNOWN_EXCEPTION: UNKNOWN_EXCEPTION', surface: 'cli' }
  ],
  negatives: [
    // A cause before a last line that only restates the code.
    { text: "INVALID_TYPE: sObject type 'Foo__c' is not supported.\nUNKNOWN_EXCEPTION", surface: 'cli' },
    {
      // a process builder fault inside a test: its "Error ID" is the flow's, not a platform gack
      text: "System.DmlException: Insert failed. First exception on row 0; first error: CANNOT_EXECUTE_FLOW_TRIGGER, We can't save this record because the “Measure Savings” process failed. Give your Salesforce admin these details. Error ID: 1417011458-178419 (-1296232540): []",
      surface: 'test'
    },
    {
      // A flow fault inside a test, without an ErrorId, is the test's problem.
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: UNKNOWN_EXCEPTION, Please check the flow configuration: []',
      surface: 'test'
    },
    // A cause named after the status code is that cause.
    { text: 'UNKNOWN_EXCEPTION: Unable to handle <element>. filepath not expected', surface: 'component' }
  ]
})
