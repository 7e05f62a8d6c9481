import rule from '../../../../src/classify/rules/dependency/no-such-column.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // schandlergarcia/consent-capture#16: static SOQL, compile time.
      text: "No such column 'ConsentValid__c' on entity 'ContactPointTypeConsent'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
      captures: { field: 'ConsentValid__c', object: 'ContactPointTypeConsent' }
    },
    {
      // UnofficialSF/LightningFlowComponents#1085: multi-line compiler output.
      text: "\nSELECT Id, Territory2Id FROM Opportunity\n           ^\nERROR at Row:1:Column:12\nNo such column 'Territory2Id' on entity 'Opportunity'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
      captures: { field: 'Territory2Id', object: 'Opportunity' }
    },
    {
      // DLRS#617: dynamic SOQL in a test against an org without the field.
      text: "System.QueryException: No such column 'NumberOfLocations__c' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
      surface: 'test',
      captures: { field: 'NumberOfLocations__c', object: 'Account' }
    }
  ],
  negatives: [
    { text: "No such relation 'Profile' on entity 'User'" },
    { text: 'System.QueryException: List has no rows for assignment to SObject', surface: 'test' }
  ]
})
