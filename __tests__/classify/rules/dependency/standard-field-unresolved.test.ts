import rule from '../../../../src/classify/rules/dependency/standard-field-unresolved.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // automationxpress/sfdc-bayer-38-automationxpress README: the standard VoiceCall object in an org
      // without Service Cloud Voice
      text: 'Invalid fullName, must end in a custom suffix (e.g. __c)',
      surface: 'component'
    },
    {
      // trailheadapps/lwc-recipes#586: Contact.CleanStatus with Data.com Clean off (CLI suffix).
      text: "Could not resolve standard field's name. (138:61)"
    },
    {
      // tiaanswart/lightning-fieldset#17.
      text: "Could not resolve standard field's name."
    }
  ],
  negatives: [
    // a custom field whose name lacks a valid suffix: the file is wrong, not the org
    { text: 'fullName must end with: __c or __kav or __x or __b or __e or __p or __mdt or __dll or __dlm' },
    { text: 'fullName must end with: __c or __kav or __x or __b or __e or __p or __mdt or __dll or __dlm' },
    { text: 'Could not resolve the path' }
  ]
})
