import rule from '../../../../src/classify/rules/dependency/invocation-target-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // an Agentforce action deployed before its Apex class
      text: "The invocation target value 'AGENT_AccountIntelligenceSummary' (type: apex) for action 'Generate_Account_Intelligence_Summary' is invalid. Check that the referenced target exists in your org, or update the invocation target field with a valid value. (10:18)",
      captures: {
        target: 'AGENT_AccountIntelligenceSummary',
        type: 'apex',
        action: 'Generate_Account_Intelligence_Summary'
      }
    }
  ],
  negatives: [
    {
      text: "We can't find an action with the name and action type that you specified."
    }
  ]
})
