import rule from '../../../../src/classify/rules/transient/deploy-client-timeout.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // salesforce-alm (the sfdx toolbelt), messages package1VersionCreateCommandTimeout
    {
      text: 'Stopped waiting for package upload to finish. Wait time exceeded. waitTimeInMinutes = 10.',
      surface: 'cli'
    },
    {
      // sf project deploy start returning while the deploy still waited in the org's queue
      text: 'Deployment Complete: Deployed 0/0 components to DEV01 in 3m 33s 477ms with status QUEUED.',
      surface: 'cli'
    },
    {
      // the wait ran out while the org had not started the deploy yet
      text: 'The deploy is still in the Queue'
    },
    {
      // sfdx force:source:deploy with --wait too short (forcedotcom/cli issue)
      text: 'The source deploy operation took longer than the specified wait time. Wait time in minutes (10) exceeded. Increase the wait time using the --wait option, and try again.',
      captures: { minutes: '10' }
    },
    {
      // sf 2.146.3 `project deploy start --wait 1` against a deploy that never finishes
      text: 'ClientTimeoutError: The command has timed out, although the deployment is still running. Use "sf project deploy resume" to resume watching the deployment.'
    },
    {
      // forcedotcom/cli#1519
      text: 'MetadataTransferError: Metadata API request failed: The client has timed out.'
    },
    {
      // forcedotcom/cli#1094 (legacy sfdx exit 0)
      text: 'The deploy request did not complete within the specified wait time [1 minutes].',
      surface: 'log',
      captures: { minutes: '1' }
    },
    {
      // forcedotcom/salesforcedx-apex#316
      text: 'ERROR running force:apex:test:run:  Unknown error in Apex Library: timed out',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'System.LimitException: Apex CPU time limit exceeded' }]
})
