import rule from '../../../../src/classify/rules/metadata/apex-reserved-identifier.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // benedwards44/Apex-for-Xero#4
      text: 'Identifier name is reserved: Date',
      captures: { name: 'Date' }
    },
    {
      // Apex compiler (jorje) message text
      text: 'Identifier cannot be a keyword: limit',
      captures: { name: 'limit' }
    }
  ],
  negatives: [{ text: 'Invalid identifier' }, { text: 'Variable does not exist: Date' }]
})
