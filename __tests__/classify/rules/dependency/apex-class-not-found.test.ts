import rule from '../../../../src/classify/rules/dependency/apex-class-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // logontokartik/VFDynamicComponents#1: page controller.
      text: "Apex class 'DatatableCon' does not exist",
      captures: { className: 'DatatableCon' }
    },
    {
      // fflib-apex-common-samplecode#15: controller extension failed to compile.
      text: "Apex class 'OpportunityApplyDiscountController' does not exist",
      captures: { className: 'OpportunityApplyDiscountController' }
    },
    {
      // tiaanswart/lightning-fieldset#1: LWC @salesforce/apex import.
      text: "Unable to find Apex action class referenced as 'FieldsetController'.",
      captures: { className: 'FieldsetController' }
    }
  ],
  negatives: [
    { text: 'Method does not exist or incorrect signature: void foo() from the type Bar' },
    { text: 'Page managelookuprollupsummaries does not exist' }
  ]
})
