import rule from '../../../../src/classify/rules/unknown/component-errors-not-shown.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#2561, sf 2.17.14 FailedValidationError
      text: 'Failed to validate the deployment (0Af1X00002h5J2sSAE). Due To:\n1 component error(s)',
      captures: { count: '1' }
    },
    {
      text: 'Failed to deploy the deployment (0Af5g00000ABCDEFGH). Due To:\n12 component error(s)',
      captures: { count: '12' }
    }
  ],
  negatives: [
    {
      text: 'Failed to validate the deployment (0AfdL000004QTP3SAO). Due To:\n'
    },
    {
      text: "Failed to validate the deployment (0Af1X00002h5J2sSAE). Due To:\nError in Foo - Missing ';' at '}' (4:5)\n1 component error(s)"
    }
  ]
})
