import rule from '../../../../src/classify/rules/metadata/apex-trigger-definition-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Apex compiler (jorje) message text
      text: 'Platform Event SObjects only supports after insert: before insert'
    },
    {
      // Apex compiler (jorje) message text
      text: 'SObject type does not allow triggers: AccountShare',
      captures: { object: 'AccountShare' }
    }
  ],
  negatives: [
    { text: 'Test coverage of selected Apex Trigger is 0%, at least 75% test coverage is required.' },
    { text: 'Invalid type: AccountTriggerHandler' }
  ]
})
