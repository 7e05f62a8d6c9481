import rule from '../../../../src/classify/rules/dependency/share-object-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // jongpie/NebulaLogger#504: Log__c is Public Read/Write in the target org.
      text: 'Invalid type: Log__Share',
      captures: { shareObject: 'Log__Share' }
    },
    {
      // jongpie/NebulaLogger#504: the RowCause reference in the same deploy.
      text: 'Variable does not exist: Schema.Log__Share.RowCause',
      captures: { shareObject: 'Log__Share' }
    },
    {
      // Same message with the CLI line:column suffix.
      text: 'Invalid type: Schema.Log__Share (12:9)',
      captures: { shareObject: 'Log__Share' }
    }
  ],
  negatives: [
    { text: 'Invalid type: AccountShare' },
    {
      text: 'Method does not exist or incorrect signature: void serializePretty(List<Log__Share>) from the type System.JSON'
    }
  ]
})
