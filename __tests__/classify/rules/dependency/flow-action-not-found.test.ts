import rule from '../../../../src/classify/rules/dependency/flow-action-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Flow deploy where the invocable Apex class was not deployed.
      text: "Auto_Assign_Case (Action) - We can't find an action with the name and action type that you specified."
    },
    {
      // Package install (curly apostrophe, element with an index).
      text: '(Update_Custom_Setting-8) get_tenant_url (Action) – We can’t find an action with the name and action type that you specified'
    }
  ],
  negatives: [
    {
      text: '"apexClass" is invalid. Provide the API name of an Apex class that includes an Apex data type supported in flows.'
    },
    { text: "We can't find a flow with that name" }
  ]
})
