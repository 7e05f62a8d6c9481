import rule from '../../../../src/classify/rules/metadata/formula-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Salesforce formula editor error surfaced on a ValidationRule deploy
      text: "Syntax error. Missing ')'"
    },
    {
      // Salesforce formula compiler error on a CustomField formula
      text: "Incorrect number of parameters for function 'IF()'. Expected 3, received 2",
      captures: { function: 'IF()' }
    },
    {
      // Salesforce formula compiler error on a CustomField formula
      text: 'Formula result is data type (Text), incompatible with expected data type (Number).'
    }
  ],
  negatives: [
    {
      text: 'The formula expression is invalid: Field myVariable_current.DandbCompany.SalesVolume does not exist. Check spelling.'
    },
    { text: "bash: syntax error near unexpected token `)'" }
  ]
})
