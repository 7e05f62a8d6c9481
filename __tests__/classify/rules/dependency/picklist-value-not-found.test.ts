import rule from '../../../../src/classify/rules/dependency/picklist-value-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // a field dependency whose controlling value is missing in the target org
      text: "Control field value 'Account Closure' not found, valid values are [Installation, Equipment Complexity, Other]",
      captures: { value: 'Account Closure' }
    },
    {
      // tiaanswart/lightning-fieldset#17: record type values.
      text: 'Picklist value: Web in picklist: AccountSource not found',
      captures: { value: 'Web', picklist: 'AccountSource' }
    },
    {
      // Same issue: a value with a space.
      text: 'Picklist value: Partner Referral in picklist: AccountSource not found',
      captures: { value: 'Partner Referral', picklist: 'AccountSource' }
    }
  ],
  negatives: [{ text: 'bad value for restricted picklist field: Web' }, { text: 'Duplicate label: Web' }]
})
