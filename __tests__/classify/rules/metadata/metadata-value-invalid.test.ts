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
    }
  ],
  negatives: [
    {
      text: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, Status: bad value for restricted picklist field: Open'
    },
    { text: 'Invalid value for property configurationEditor', surface: 'test' }
  ]
})
