import rule from '../../../../src/classify/rules/metadata/apex-static-context-error.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Apex compiler (jorje) message text
      text: 'Non static method cannot be referenced from a static context: void AccountService.recalculate(List<Account>)'
    },
    {
      // Apex compiler (jorje) message text
      text: 'Static method cannot be referenced from a non static context: String Utils.format(String)'
    }
  ],
  negatives: [
    { text: 'Method does not exist or incorrect signature: void foo() from the type Bar' },
    { text: 'static can only be used on methods of a top level type' }
  ]
})
