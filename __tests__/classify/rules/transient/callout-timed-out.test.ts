import rule from '../../../../src/classify/rules/transient/callout-timed-out.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Apex callout timeout surfaced in a test or anonymous run
      text: 'System.CalloutException: Read timed out\nClass.PaymentGateway.charge: line 42, column 1',
      captures: { detail: 'Read timed out' }
    },
    {
      // certinia/apex-mdapi#117
      text: 'IO Exception: Read timed out\n\n at Class.MetadataService.MetadataPort.updateMetadata: line 10070, column 1',
      surface: 'log'
    }
  ],
  negatives: [
    {
      text: 'System.CalloutException: You have uncommitted work pending. Please commit or rollback before calling out'
    }
  ]
})
