import rule from '../../../../src/classify/rules/metadata/custom-field-definition-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Metadata API error for <required> on a master-detail field (quoted in public project notes)
      text: "Can not specify 'required' for a CustomField of type MasterDetail",
      captures: { attribute: 'required', fieldType: 'MasterDetail' }
    },
    {
      // Metadata API error for <required> on a long text field (quoted in public project notes)
      text: "Replicated_Webhook__e.Payload__c \u2014 Can not specify 'required' for a CustomField of type LongTextArea",
      captures: { fieldType: 'LongTextArea' }
    },
    {
      // UnofficialSF/LightningFlowComponents#1125
      text: 'field integrity exception: unknown (required must not be specified)'
    },
    {
      // tiaanswart/lightning-fieldset#17 (standard field XML treated as custom)
      text: 'fullName must end with: __c or __kav or __x or __b or __e or __p or __mdt or __dll or __dlm'
    }
  ],
  negatives: [
    { text: 'In field: field - no CustomField named Account.Region__c found' },
    { text: 'Required field is missing: name' }
  ]
})
