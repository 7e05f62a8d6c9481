import rule from '../../../../src/classify/rules/dependency/flow-apex-type-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#2233: External Service class not generated yet.
      text: 'CalloutResponseTransactionResult (Variable) - "apexClass" is invalid. Provide the API name of an Apex class that includes an Apex data type supported in flows.'
    },
    {
      // Same in a CLI failure line.
      text: 'FailedValidationError: Failed to validate the deployment (0Af000000000005). Due To:\nError in Order_Sync - Result (Variable) - "apexClass" is invalid. Provide the API name of an Apex class that includes an Apex data type supported in flows.',
      surface: 'cli'
    }
  ],
  negatives: [
    {
      text: "Auto_Assign_Case (Action) - We can't find an action with the name and action type that you specified."
    },
    { text: '"apexClass" is required' }
  ]
})
