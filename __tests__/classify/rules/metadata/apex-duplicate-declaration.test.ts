import rule from '../../../../src/classify/rules/metadata/apex-duplicate-declaration.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // a generated class that declared `e` twice (public code comment: "Duplicate variable: e")
      text: 'Duplicate variable: e',
      captures: { name: 'e' }
    },
    {
      // Apex compiler (jorje) message text
      text: 'Method already defined: void refresh() from the type AccountController'
    }
  ],
  negatives: [
    { text: "Duplicate name 'Account.FLD_Email__c' specified" },
    {
      text: 'duplicate value found: PlatformActionListId duplicates value on record with id: 0Jf000000000001'
    }
  ]
})
