import rule from '../../../../src/classify/rules/dependency/picklist-value-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
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
