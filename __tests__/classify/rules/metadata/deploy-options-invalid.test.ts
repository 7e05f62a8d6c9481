import rule from '../../../../src/classify/rules/metadata/deploy-options-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // joeferraro/MavensMate-SublimeText issue 620
      text: "Server raised fault: 'INVALID_OPERATION: runTests can only be used with a testLevel of RunSpecifiedTests'",
      surface: 'cli'
    },
    {
      // source-deploy-retrieve messages/sdr.md (error_invalid_test_level), as sf prints it
      text: "TestLevel cannot be 'RunRelevantTests' unless API version is 66.0 or later",
      surface: 'cli',
      captures: { testLevel: 'RunRelevantTests', apiVersion: '66.0' }
    },
    {
      // a pipeline passing an empty --test-level variable (forcedotcom/cli issue)
      text: "'' is not a valid value for the enum 'TestLevel'"
    }
  ],
  negatives: [
    // A test level and an API version, but no refusal.
    { text: "Deploying with TestLevel 'RunLocalTests' at API version 66.0", surface: 'cli' },
    { text: 'INVALID_OPERATION: Test only deployment cannot update', surface: 'cli' },
    // An option production refuses is the pipeline's choice, not an invalid combination.
    {
      text: 'INVALID_OPERATION: testLevel of NoTestRun cannot be used in production organizations.',
      surface: 'cli'
    }
  ]
})
