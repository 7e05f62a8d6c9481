import rule from '../../../../src/classify/rules/coverage/flow-coverage-below-required.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforce.stackexchange question 250177
      text: "Test coverage of active processes and autolaunched flows is 0%, but at least 75% is required",
      captures: {"percent": "0", "required": "75"}
    },
    {
      // Same warning in a CI log with a custom requirement
      text: "Warning: Test coverage of active processes and autolaunched flows is 12%, but at least 50% is required.",
      surface: 'log',
      captures: {"percent": "12", "required": "50"}
    },
  ],
  negatives: [
    { text: "Average test coverage across all Apex Classes and Triggers is 80%, at least 75% test coverage is required." },
  ]
})
