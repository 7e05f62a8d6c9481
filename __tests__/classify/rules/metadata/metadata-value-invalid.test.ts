import rule from '../../../../src/classify/rules/metadata/metadata-value-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Illuminated Cloud tracker: Aura app namespace attribute
      text: 'ERROR: Invalid value specified for the namespace attribute: fmfctest. Must be a simple Javascript name.'
    },
    {
      // Metadata API validation message shape "Only one of … may be specified"
      text: 'Only one of formula or defaultValue may be specified',
      captures: { options: 'formula or defaultValue' }
    },
    {
      // jorje annotation property message (configurationEditor)
      text: 'Invalid value for property configurationEditor: c-editor is not a valid Lightning Web Component name'
    },
    {
      // Gearset article: Role deploy with field integrity exception
      text: 'field integrity exception: unknown (Parent role must be specified)'
    },
    {
      // konigtejas/Approval-Matrix docs/technical-log.md: a CustomPermission description over 255
      text: 'Value too long for field: Description maximum length is:255',
      captures: { field: 'Description', maxLength: '255' }
    }
  ],
  negatives: [
    // the Apex compiler's message catalog (messages_en_US.properties, published in forcedotcom/apex-language-support), annotation.property.value.not.found: the class it names is missing
    { text: 'Invalid value for property testFor expected Apex class OrderService not found' },
    // sfdx-hardis deployment assistant (Condition missing reference): what the condition names is missing
    {
      text: "field integrity exception: unknown (A condition has a reference to Case.Escalation_Level__c, which doesn't exist.)"
    },
    {
      text: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, Status: bad value for restricted picklist field: Open'
    },
    { text: 'Invalid value for property configurationEditor', surface: 'test' },
    // A record's text field in a test: the data, not the metadata, is too long.
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: STRING_TOO_LONG, Description: data value too large: (max length=255): [Description]',
      surface: 'test'
    }
  ]
})
