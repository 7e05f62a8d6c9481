import rule from '../../../../src/classify/rules/metadata/managed-component-modification.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SalesforceFoundation/EDA#1140
      text: "Cannot modify managed object: entity=CustomFieldDefinition, component=00N2O000001BWbL, field=CalculatedFormula, state=installed: newValue='ENCODED:...'",
      captures: { entity: 'CustomFieldDefinition' }
    },
    {
      // hardisgroupcom/sfdx-hardis#1592 (ConnectedApp name with a double underscore)
      text: 'Cannot create a new component with the namespace: sfdxhardismonitoring_fike.  Only components in the same namespace as the organization can be created through the API',
      captures: { namespace: 'sfdxhardismonitoring_fike' }
    }
  ],
  negatives: [
    {
      text: 'Package Visibility: Method is not visible: lmsilt.ILTUtil.InvokePackageMethod(MAP<String,Object>)'
    },
    { text: 'Cannot find folder:My Reports' }
  ]
})
