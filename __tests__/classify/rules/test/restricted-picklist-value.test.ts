import rule from '../../../../src/classify/rules/test/restricted-picklist-value.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // UnofficialSF/LightningFlowComponents issue 1568
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, Status: bad value for restricted picklist field: Draft: [Status]',
      captures: { label: 'Status', value: 'Draft', field: 'Status' }
    },
    {
      // jongpie/NebulaLogger issue 922 style, log line
      text: 'LoggerTest.savesLog - System.DmlException: Insert failed. First exception on row 0; first error: INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, Logging Level: bad value for restricted picklist field: FINEST: [LoggingLevel__c]',
      surface: 'log',
      captures: { value: 'FINEST' }
    }
  ],
  negatives: [{ text: 'Picklist value: Draft in picklist: Status not found', surface: 'log' }]
})
