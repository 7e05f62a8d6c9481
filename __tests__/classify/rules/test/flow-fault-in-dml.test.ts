import rule from '../../../../src/classify/rules/test/flow-fault-in-dml.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli issue 210 (mojibake quotes as printed by the CLI)
      text: "Insert failed. First exception on row 0; first error: CANNOT_EXECUTE_FLOW_TRIGGER, We can't save this record because the â€œEmailVerificationProcessingâ€� process failed. Give your Salesforce admin these details. <b>An unhandled fault has occurred in this flow</b><br>An unhandled fault has occurred while processing the",
      captures: { flow: 'EmailVerificationProcessing' }
    },
    {
      // Same message with curly quotes (normalised)
      text: "System.DmlException: Insert failed. First exception on row 0; first error: CANNOT_EXECUTE_FLOW_TRIGGER, We can't save this record because the “Lead_Assignment” process failed. Give your Salesforce admin these details. This error occurred when the flow tried to update records: []",
      captures: { flow: 'Lead_Assignment' }
    }
  ],
  negatives: [{ text: 'The flow Lead_Assignment is active' }]
})
