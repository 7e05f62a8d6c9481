import rule from '../../../../src/classify/rules/dependency/named-value-not-in-org.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // the Apex compiler's message catalog (messages_en_US.properties, published in forcedotcom/apex-language-support), annotation.property.invalid.perm.value
      text: 'Annotation property, requiredPermission on AuraEnabled, value is not valid in your org: Manage_Orders',
      captures: { name: 'Manage_Orders' }
    },
    {
      // an Agentforce action deployed before its prompt template
      text: "Generate_Guest_Reviews_Summary isn't a valid value for Generative Prompt Template",
      captures: { name: 'Generate_Guest_Reviews_Summary', type: 'Generative Prompt Template' }
    },
    {
      // a report deployed to an org without the referenced formatting
      text: "Revenue_Band isn't a valid value for Conditional Formatting.",
      captures: { name: 'Revenue_Band', type: 'Conditional Formatting' }
    }
  ],
  negatives: [
    {
      // an XML value outside the schema enum: xml-parse-error
      text: "Error parsing file: 'setCheckoutDeliveryMethod' is not a valid value for the enum 'InvocableActionType' (19:59)"
    },
    {
      text: "'' is not a valid value for the enum 'TestLevel'"
    }
  ]
})
