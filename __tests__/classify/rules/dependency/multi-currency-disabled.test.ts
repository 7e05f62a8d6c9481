import rule from '../../../../src/classify/rules/dependency/multi-currency-disabled.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#155: Layout pushed to a single-currency scratch org (CLI adds the line:column suffix).
      text: 'In field: field - no CustomField named Event.CurrencyIsoCode found (37:26)',
      captures: { object: 'Event' }
    },
    {
      // forcedotcom/cli#155: the same push, another layout.
      text: 'In field: field - no CustomField named Lead.CurrencyIsoCode found (39:26)',
      captures: { object: 'Lead' }
    },
    {
      // Dynamic SOQL in a test against a single-currency org (QueryException text).
      text: "System.QueryException: No such column 'CurrencyIsoCode' on entity 'Opportunity'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
      surface: 'test',
      captures: { object: 'Opportunity' }
    }
  ],
  negatives: [
    { text: 'In field: field - no CustomField named Account.Region__c found' },
    { text: "No such column 'IsoCode' on entity 'CurrencyType'", surface: 'test' }
  ]
})
