import rule from '../../../../src/classify/rules/unknown/deploy-option-refused-by-production.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Metadata API deploy-level error for NoTestRun against production (forcedotcom/cli issues)
      text: 'INVALID_OPERATION: testLevel of NoTestRun cannot be used in production organizations.',
      captures: { detail: 'testLevel of NoTestRun cannot be used in production organizations.' }
    },
    {
      // jetstreamapp/jetstream#1401 (deploy-level errorMessage)
      text: 'INVALID_OPERATION: rollbackOnError option must be true on a production org'
    },
    {
      // DLRS release history: the generated trigger deployed to production with purgeOnDelete set
      text: 'purgeOnDelete option can only be used on a non-active org'
    },
    {
      // joeferraro/MavensMate-SublimeText issue 141: a compile without tests against production
      text: "INVALID_OPERATION: Apex compilation must run tests on this production org; use compileAndTest'"
    }
  ],
  negatives: [
    // Options that do not fit together anywhere, production or not.
    {
      text: "Server raised fault: 'INVALID_OPERATION: runTests can only be used with a testLevel of RunSpecifiedTests'"
    },
    { text: "'' is not a valid value for the enum 'TestLevel'" }
  ]
})
