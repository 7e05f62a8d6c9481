import rule from '../../../../src/classify/rules/dependency/flow-reference-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // douglascayers/sfdc-compare-multi-select-picklists#1: Contacts to Multiple Accounts is off in the client org.
      text: 'AccountContactRelationRolesChoice (Choice Set) - The objectType is invalid. Provide the API name of an object.',
      captures: { element: 'AccountContactRelationRolesChoice', elementType: 'Choice Set' }
    },
    {
      // The same failure as the legacy CLI prints it, with the file prefix.
      text: 'flows/Multi_Select_Picklist_Field_Compare_Flow-1.flow(Multi_Select_Picklist_Field_Compare_Flow-1):AccountContactRelationRolesChoice (Choice Set) - The objectType is invalid. Provide the API name of an object.',
      surface: 'log',
      captures: { element: 'AccountContactRelationRolesChoice' }
    },
    {
      // A Get Records element on a field missing from the target org.
      text: "Get_Account (Get Records) - The field Region__c for the object Account doesn't exist.",
      captures: { element: 'Get_Account', elementType: 'Get Records' }
    }
  ],
  negatives: [
    {
      text: "test (Screen Component) - The c:myIncredibleComponent component doesn't implement any marker interface that's supported for flows of type Flow."
    },
    {
      text: "Auto_Assign_Case (Action) - We can't find an action with the name and action type that you specified."
    }
  ]
})
