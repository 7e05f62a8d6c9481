import rule from '../../../../src/classify/rules/metadata/flow-version-conflict.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Gearset "flows and flow definitions" article, pre-v44 versioned flows
      text: "The version of the flow you're updating is active and can't be overwritten"
    },
    {
      // Gearset "flows and flow definitions" article, FlowDefinition activeVersionNumber
      text: 'Invalid version number: 7',
      captures: { version: '7' }
    },
    {
      // same message with the curly apostrophe the UI uses
      text: 'The version of the flow you\u2019re updating is active and can\u2019t be overwritten.'
    }
  ],
  negatives: [
    { text: "Flow_1 (Action) - We can't find an action with the name and action type that you specified." },
    { text: 'npm ERR! Invalid version: "1.x"' }
  ]
})
