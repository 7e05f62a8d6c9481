import rule from '../../../../src/classify/rules/transient/org-creation-still-running.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforcecli/plugin-org, src/commands/org/create/scratch.ts with messages/create_scratch.md#action.resume
      text: 'Error (1): The scratch org did not complete within your wait time. Resume scratch org creation by running "sf org resume scratch --job-id 2SR5e000000XyZaGAK"',
      captures: { org: 'scratch org' }
    },
    {
      // forcedotcom/sfdx-core, messages/org.md#sandboxCreateNotComplete
      text: 'Error (SandboxCreateNotCompleteError): The sandbox creation has not completed.',
      captures: { org: 'sandbox' }
    },
    { text: 'SandboxCreateNotCompleteError', surface: 'log' }
  ],
  negatives: [
    // The sign-up itself failed; rerunning is the transient rules' advice, not resuming.
    {
      text: 'A fatal signup error occurred. Please try again. If you still see this error, contact Salesforce Support for assistance.'
    },
    {
      text: 'The scratch org did not complete its sign-up: Provide a valid email address in your scratch org definition.'
    }
  ]
})
