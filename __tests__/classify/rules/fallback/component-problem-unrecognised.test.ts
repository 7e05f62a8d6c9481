import rule from '../../../../src/classify/rules/fallback/component-problem-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // A problem text no rule knows still yields a finding for the component.
    { text: 'Some brand-new validation message Salesforce added in a later release' },
    { text: '' }
  ],
  negatives: [
    // Recognised problems go to their own rules.
    { text: "Missing ';' at '}'" },
    { text: 'In field: field - no CustomField named Account.Region__c found' }
  ]
})
