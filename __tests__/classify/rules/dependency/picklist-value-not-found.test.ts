import rule from '../../../../src/classify/rules/dependency/picklist-value-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SFDO-Community: a custom object definition naming a Forecasting entity the org lacks
      text: '1. (CalendarUtil) Custom Object Definition ID: bad value for restricted picklist field: ForecastingItem',
      captures: { value: 'ForecastingItem', picklist: 'Custom Object Definition ID' }
    },
    {
      // a field dependency whose controlling value is missing in the target org
      text: "Control field value 'Account Closure' not found, valid values are [Installation, Equipment Complexity, Other]",
      captures: { value: 'Account Closure' }
    },
    {
      // tiaanswart/lightning-fieldset#17: record type values.
      text: 'Picklist value: Web in picklist: AccountSource not found',
      captures: { value: 'Web', picklist: 'AccountSource' }
    },
    {
      // Same issue: a value with a space.
      text: 'Picklist value: Partner Referral in picklist: AccountSource not found',
      captures: { value: 'Partner Referral', picklist: 'AccountSource' }
    }
  ],
  negatives: [
    {
      surface: 'log',
      text: 'LoggerTest.savesLog - System.DmlException: Insert failed. First exception on row 0; first error: INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, Logging Level: bad value for restricted picklist field: FINEST: [LoggingLevel__c]'
    },
    { text: 'bad value for restricted picklist field: Web' },
    { text: 'Duplicate label: Web' }
  ]
})
