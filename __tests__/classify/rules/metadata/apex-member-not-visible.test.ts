import rule from '../../../../src/classify/rules/metadata/apex-member-not-visible.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Apex compiler (jorje) message text
      text: 'Method is not visible: void OrderService.applyDiscount(Order)',
      captures: { kind: 'Method' }
    },
    {
      // Apex compiler (jorje) message text
      text: 'Variable is not visible: AccountSelector.fieldList',
      captures: { kind: 'Variable' }
    }
  ],
  negatives: [
    { text: 'Package Visibility: Type is not visible: tdtm_config_api' },
    { text: 'Variable does not exist: fieldList' }
  ]
})
