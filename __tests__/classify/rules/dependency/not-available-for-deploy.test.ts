import rule from '../../../../src/classify/rules/dependency/not-available-for-deploy.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Real sf 2.146.3 output against the simulated org.
      text: 'Not available for deploy for this organization'
    },
    {
      // trailheadapps/coral-cloud#58: GenAiFunction in a CLI failure line.
      text: 'FailedValidationError: Failed to validate the deployment (0Af000000000003). Due To:\nError in Get_Weather - Not available for deploy for this organization',
      surface: 'cli'
    }
  ],
  negatives: [
    { text: 'Custom metadata type Foo__mdt is not available in this organization.' },
    { text: 'Not in package.xml' }
  ]
})
