import rule from '../../../../src/classify/rules/dependency/invalid-test-class-name.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // RoseSilverSoftware/IlluminatedCloud issue 1267
      text: "Error 403/Forbidden - INVALID_INPUT: This class name's value is invalid: UT_DebugLogger. Provide the name of an Apex class that has test methods.",
      captures: { className: 'UT_DebugLogger' }
    },
    {
      // ForceCLI/force issue 414
      text: "ERROR: This class name's value is invalid:  Namespace.Namespace. Provide the name of an Apex class that has test methods.",
      surface: 'log',
      captures: { className: 'Namespace.Namespace' }
    }
  ],
  negatives: [
    // a class id passed where the name belongs (forcedotcom/salesforcedx-apex#155; four readers say unknown)
    {
      text: "ERROR running force:apex:test:run:  This class name's value is invalid: 01p5A00000A1aBfQAJ. Provide the name of an Apex class that has test methods.",
      surface: 'cli'
    },
    { text: 'INVALID_INPUT: There are no Apex tests to run in this org.' }
  ]
})
