import rule from '../../../../src/classify/rules/dependency/referenced-object-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SalesforceLabs/CommunityCookieConsent#25.
      text: "referenceTo value of 'AuthorizationFormText' does not resolve to a valid sObject type",
      captures: { object: 'AuthorizationFormText' }
    },
    {
      // Same issue: the Individual object.
      text: "referenceTo value of 'Individual' does not resolve to a valid sObject type (40:13)",
      captures: { object: 'Individual' }
    },
    {
      // Package-install wording for the same condition.
      text: "The Entity 'Individual' is not found. Contact the vendor for more details.",
      captures: { object: 'Individual' }
    },
    {
      // RoseSilverSoftware/IlluminatedCloud#793: trigger on an object without its namespace prefix.
      text: 'INVALID_ARGUMENT_TYPE - Invalid object or access for CustomObject__c on field [TableEnumOrId]',
      captures: { object: 'CustomObject__c' }
    }
  ],
  negatives: [
    { text: 'Cannot update a field to a Lookup, MasterDetail, or Hierarchy from something else (44:13)' },
    { text: "sObject type 'Individual' is not supported." }
  ]
})
