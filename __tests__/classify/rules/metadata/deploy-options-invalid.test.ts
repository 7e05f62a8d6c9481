import rule from '../../../../src/classify/rules/metadata/deploy-options-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // joeferraro/MavensMate-SublimeText issue 141: a compile without tests against production
      text: "INVALID_OPERATION: Apex compilation must run tests on this production org; use compileAndTest'",
      surface: 'cli'
    },
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
      // DLRS release history: the generated trigger deployed to production with purgeOnDelete set
      text: 'purgeOnDelete option can only be used on a non-active org',
      surface: 'cli'
    },
    {
      // a pipeline passing an empty --test-level variable (forcedotcom/cli issue)
      text: "'' is not a valid value for the enum 'TestLevel'"
    },
    {
      // jetstreamapp/jetstream#1401 (deploy-level errorMessage)
      text: 'INVALID_OPERATION: rollbackOnError option must be true on a production org',
      surface: 'cli'
    },
    {
      // Metadata API deploy-level error for NoTestRun against production
      text: 'INVALID_OPERATION: testLevel of NoTestRun cannot be used in production organizations.',
      surface: 'cli'
    }
  ],
  negatives: [
    // A test level and an API version, but no refusal.
    { text: "Deploying with TestLevel 'RunLocalTests' at API version 66.0", surface: 'cli' },
    { text: 'INVALID_OPERATION: Test only deployment cannot update', surface: 'cli' }
  ]
})
