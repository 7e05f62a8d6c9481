import rule from '../../../../src/classify/rules/coverage/validation-failed-without-reason.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli issue 2952: empty Due To
      text: "FailedValidationError: Failed to validate the deployment (0AfdL000004QTP3SAO). Due To:\n",
      captures: {"deployId": "0AfdL000004QTP3SAO"}
    },
    {
      // forcedotcom/cli issue 2179: no Due To at all
      text: "FailedValidationError: Failed to validate the deployment (0AfDR00002bckVY0AY).",
      captures: {"deployId": "0AfDR00002bckVY0AY"}
    },
  ],
  negatives: [
    { text: "FailedValidationError: Failed to validate the deployment (0Af1X00002h5J2sSAE). Due To:\n1 component error(s)" },
    { text: "FailedValidationError: Failed to validate the deployment (0AfFAKE00000007AAA). Due To:\nError in Foo - Missing ';' at '}' (4:5)\n\n1 component error(s)" },
  ]
})
