import rule from '../../../../src/classify/rules/metadata/flow-element-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#1184: LWC used in a screen flow without the flow target
      text: "test (Screen Component) - The c:myIncredibleComponent component doesn't implement any marker interface that's supported for flows of type Flow.",
      captures: { element: 'test', elementType: 'Screen Component' }
    },
    {
      // forcedotcom/devops-center-feedback#163
      text: "field integrity exception: unknown (The flow can't run because nothing is connected to the Start element.)"
    }
  ],
  negatives: [
    {
      text: "Order_Summary_Email_Alert_Action (Action) - We can't find an action with the name and action type that you specified."
    },
    {
      text: 'CalloutResponseTransactionResult (Variable) - "apexClass" is invalid. Provide the API name of an Apex class that includes an Apex data type supported in flows.'
    }
  ]
})
