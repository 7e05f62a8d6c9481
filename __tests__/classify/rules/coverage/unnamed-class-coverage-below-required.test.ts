import rule from '../../../../src/classify/rules/coverage/unnamed-class-coverage-below-required.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Kathy-Lueckeman/EASY-Open-Source-Solution issue 3
      text: "Test coverage of selected Apex Class is 65.979%, at least 75% test coverage is required",
      captures: {"type": "Class", "percent": "65.979", "required": "75"}
    },
    {
      // RoseSilverSoftware/IlluminatedCloud issue 2387
      text: "Test coverage of selected Apex Class is 44.509%, at least 75% test coverage is required",
      surface: 'cli',
      captures: {"percent": "44.509"}
    },
  ],
  negatives: [
    { text: "Average test coverage across all Apex Classes and Triggers is 73%, at least 75% test coverage is required." },
  ]
})
