import rule from '../../../../src/classify/rules/metadata/apex-class-load-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // deploy problem posted in a public issue
      text: 'line -1, column -1: Previous load of class failed: regwizardtest',
      captures: { className: 'regwizardtest' }
    }
  ],
  negatives: [
    {
      text: 'Class loaded successfully: regwizardtest'
    }
  ]
})
