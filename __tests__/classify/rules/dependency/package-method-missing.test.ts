import rule from '../../../../src/classify/rules/dependency/package-method-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // a DLRS test class compiled against an older installed version of the package
      text: 'classes/dlrs_ContractTest.cls (Line: 11: Column:28) : Method does not exist or incorrect signature: void testHandler(Contract) from the type dlrs.RollupService',
      captures: { method: 'testHandler', namespace: 'dlrs', type: 'RollupService' }
    },
    {
      text: 'Apex class DMCoreUtility: line 967, column 60: Method does not exist or incorrect signature: void getJobEndTime(String) from the type data_mask.DataMaskIntegrationUtil',
      captures: { method: 'getJobEndTime', namespace: 'data_mask', type: 'DataMaskIntegrationUtil' }
    }
  ],
  negatives: [
    // The platform's namespaces as the source spelled them.
    { text: 'Method does not exist or incorrect signature: void isRunningTest() from the type system.Test' },
    {
      text: 'Method does not exist or incorrect signature: void getValue() from the type schema.PicklistEntry'
    },
    // The project's own classes, inner classes and the platform's namespaces: a code error.
    {
      text: 'Method does not exist or incorrect signature: void getSafeQuery() from the type RollupEvaluator.WhereFieldEvaluator'
    },
    { text: 'Method does not exist or incorrect signature: void publish(SObject) from the type EventBus' },
    {
      text: 'Method does not exist or incorrect signature: void getValue() from the type Schema.PicklistEntry'
    },
    { text: 'Method does not exist or incorrect signature: void startTest() from the type test (6:14)' }
  ]
})
