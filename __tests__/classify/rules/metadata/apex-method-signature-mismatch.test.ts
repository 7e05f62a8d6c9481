import rule from '../../../../src/classify/rules/metadata/apex-method-signature-mismatch.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      text: 'Method does not exist or incorrect signature: fflib_SObjectDomain.Constructor newInstance(List<Account>) from the type fflib_Application.DomainFactory (18:12)',
      captures: { type: 'fflib_Application.DomainFactory', method: 'newInstance' }
    },
    {
      // benedwards44/Apex-for-Xero#16: a method missing on one of your own classes
      text: 'Method does not exist or incorrect signature: void generateJsonStringForParsing(String, String) from the type XeroAccountingApi',
      captures: { method: 'generateJsonStringForParsing', type: 'XeroAccountingApi' }
    },
    {
      // tiaanswart/lightning-fieldset#1
      text: 'Method does not exist or incorrect signature: void getLabel() from the type FieldSet',
      captures: { method: 'getLabel', type: 'FieldSet' }
    },
    {
      // forcedotcom/AuraEnabledScanner#4
      text: 'Constructor not defined: [deleteBuyerCategoryRecs_US].<Constructor>()',
      captures: { type: 'deleteBuyerCategoryRecs_US' }
    }
  ],
  negatives: [{ text: 'Variable does not exist: TDF_Utility' }, { text: 'Invalid type: fflib_ApexMocks' }]
})
