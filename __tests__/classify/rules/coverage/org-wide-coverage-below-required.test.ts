import rule from '../../../../src/classify/rules/coverage/org-wide-coverage-below-required.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.146.3 deploy against the simulated org (codeCoverageWarnings)
      text: "Average test coverage across all Apex Classes and Triggers is 33%, at least 75% test coverage is required.",
      captures: {"percent": "33", "required": "75"}
    },
    {
      // dlrs issue 127: legacy null: prefix
      text: "null:Average test coverage across all Apex Classes and Triggers is 6%, at least 75% test coverage is required.",
      captures: {"percent": "6"}
    },
    {
      // dlrs issue 118: .null: prefix
      text: ".null:Average test coverage across all Apex Classes and Triggers is 73%, at least 75% test coverage is required.",
      surface: 'log',
      captures: {"percent": "73"}
    },
    {
      // thedges/PSFileAttachTemplate issue 1: glued deploy UI text
      text: "Deployment CompleteCode coverage issue -- Average test coverage across all Apex Classes and Triggers is 74%, at least 75% test coverage is required.",
      surface: 'log',
      captures: {"percent": "74", "required": "75"}
    },
    {
      // salesforcecli/plugin-deploy-retrieve PR 656: CLI warning
      text: "Warning: Average test coverage across all Apex Classes and Triggers is 25%, at least 75% test coverage is required.",
      surface: 'log',
      captures: {"percent": "25"}
    },
    {
      // forcedotcom/devops-center-roadmap issue 9
      text: "Code Coverage Failure\nYour code coverage is 0%. You need at least 75% coverage to complete this deployment.",
      surface: 'cli',
      captures: {"percent": "0", "required": "75"}
    },
  ],
  negatives: [
    { text: "Org Wide Coverage 80%", surface: 'log' },
    { text: "Test coverage of active processes and autolaunched flows is 0%, but at least 75% is required" },
  ]
})
