import rule from '../../../../src/classify/rules/coverage/class-coverage-below-required.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.146.3 deploy against the simulated org (name + message as the classifier joins them)
      text: "Foo - Test coverage of selected Apex Class is 40%, at least 75% test coverage is required",
      captures: {"name": "Foo", "type": "Class", "percent": "40", "required": "75"}
    },
    {
      // dlrs issue 738: legacy name: prefix, trigger at 75%
      text: "dlrs_ContactTrigger:Test coverage of selected Apex Trigger is 0%, at least 75% test coverage is required.",
      captures: {"name": "dlrs_ContactTrigger", "type": "Trigger", "percent": "0"}
    },
    {
      // Kathy-Lueckeman/EASY-Open-Source-Solution issue 3: ANT summary
      text: "1.  Class: INT_InteractionProcessor -- Test coverage of selected Apex Class is 74.539%, at least 75% test coverage is required",
      surface: 'log',
      captures: {"name": "INT_InteractionProcessor", "percent": "74.539"}
    },
    {
      // sf project deploy validate FailedValidationError (simulated org)
      text: "FailedValidationError: Failed to validate the deployment (0AfFAKE00000010AAA). Due To:\nBar - Test coverage of selected Apex Class is 25%, at least 75% test coverage is required\nFoo - Test coverage of selected Apex Class is 40%, at least 75% test coverage is required\nAverage test coverage across all Apex Classes and Triggers is 33%, at least 75% test coverage is required.",
      surface: 'cli',
      captures: {"name": "Bar", "percent": "25"}
    },
  ],
  negatives: [
    { text: "Test coverage of selected Apex Class is 65.979%, at least 75% test coverage is required" },
    { text: "Code coverage issue -- Test coverage of selected Apex Class is 10%, at least 75% test coverage is required", surface: 'log' },
  ]
})
