import rule from '../../../../src/classify/rules/metadata/apex-method-signature-mismatch.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
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
