import rule from '../../../../src/classify/rules/coverage/trigger-without-coverage.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.146.3 deploy against the simulated org
      text: "Test coverage of selected Apex Trigger is 0%, at least 1% test coverage is required",
    },
    {
      // salesforce.stackexchange 48693: change set UI
      text: "Code Coverage Failure The following triggers have 0% code coverage. Each trigger must have at least 1% code coverage. MPGHistoryTracker",
      surface: 'log',
      captures: {"name": "MPGHistoryTracker"}
    },
    {
      // Coverage warning with the trigger name prefixed by the classifier
      text: "AccountTrigger - Test coverage of selected Apex Trigger is 0%, at least 1% test coverage is required",
      captures: {"name": "AccountTrigger"}
    },
  ],
  negatives: [
    { text: "dlrs_ContactTrigger:Test coverage of selected Apex Trigger is 0%, at least 75% test coverage is required." },
  ]
})
