import rule from '../../../../src/classify/rules/metadata/duplicate-component-name.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#468
      text: "Duplicate name 'Account.FLD_Email__c' specified",
      captures: { name: 'Account.FLD_Email__c' }
    },
    {
      // choppen5/TwilioSalesforceClick2Dial#3
      text: 'The name "SiteLogin" is already used on component type: Visualforce Page. Please rename existing component.',
      captures: { name: 'SiteLogin', type: 'Visualforce Page' }
    },
    {
      // vlocityinc/vlocity_build#450 (statusCode DUPLICATE_DEVELOPER_NAME)
      text: 'Developer name already exists for custom metadata of this type. Please choose a different name.'
    },
    {
      // forcedotcom/Salesforce1-Dev-Guide-Setup-Package#4
      text: 'The relationship name "Line_Items__r" is already used by custom field Line_Item__c.Invoice__c. Please rename existing relationship name.',
      captures: { name: 'Line_Items__r' }
    }
  ],
  negatives: [
    { text: 'Duplicate variable: e' },
    { text: 'duplicate value found: <unknown> duplicates value on record with id: <unknown>' }
  ]
})
