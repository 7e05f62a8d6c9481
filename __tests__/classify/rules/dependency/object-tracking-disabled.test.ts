import rule from '../../../../src/classify/rules/dependency/object-tracking-disabled.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // source:push to a new scratch org whose Opportunity did not track field history
      text: 'The entity: Opportunity does not have history tracking enabled (998:13)',
      captures: { object: 'Opportunity', tracking: 'history tracking' }
    }
  ],
  negatives: [
    // One field too many for the object's tracking, not tracking that is off: an org limit.
    { text: 'Opportunity: You can track up to 20 fields, and history tracking is enabled for 20 already' }
  ]
})
