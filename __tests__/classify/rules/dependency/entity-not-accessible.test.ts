import rule from '../../../../src/classify/rules/dependency/entity-not-accessible.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforce.stackexchange 137261: feature-gated object.
      text: 'Entity is not org-accessible'
    },
    {
      // Same question: the API-hidden variant, with CLI suffix.
      text: 'Entity is not api accessible (7:12)'
    },
    {
      // In a test cascade.
      text: 'line 5, column 9: Entity is not org-accessible',
      surface: 'test'
    }
  ],
  negatives: [
    { text: 'Variable does not exist: service' },
    { text: 'Entity type is not supported for this operation' }
  ]
})
