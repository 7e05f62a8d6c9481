import rule from '../../../../src/classify/rules/dependency/flow-process-type-not-permitted.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // trailheadapps/coral-cloud#58.
      text: 'Your organization doesn\'t have permission to create flows of processType "PromptFlow".',
      captures: { processType: 'PromptFlow' }
    },
    {
      // Same text with curly quotes from the UI.
      text: 'Your organization doesn’t have permission to create flows of processType “FieldServiceMobile”.',
      captures: { processType: 'FieldServiceMobile' }
    }
  ],
  negatives: [
    { text: "The flow can't run because nothing is connected to the Start element." },
    { text: "You don't have permission to create flows" }
  ]
})
