import rule from '../../../../src/classify/rules/dependency/invalid-field-for-sobject.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // mattaddy/SObjectFabricator#10 (compile time).
      text: 'Invalid field class for SObject Quote',
      captures: { field: 'class', object: 'Quote' }
    },
    {
      // Custom field not deployed, with CLI suffix.
      text: 'Invalid field Region__c for SObject Account (22:18)',
      captures: { field: 'Region__c', object: 'Account' }
    },
    {
      // a package's service reading a field its scratch org does not have (a JUnit result committed to
      // clarity-digital-io/cf-scratch-org)
      text: 'System.SObjectException: Invalid field Opportunity__c for forms__Response__c\nClass.forms.ResponsesServiceImpl.upsertConnectionSObject: line 325, column 1',
      surface: 'test',
      captures: { field: 'Opportunity__c', object: 'forms__Response__c' }
    },
    {
      // abhinavguptas/Salesforce-Lookup-Rollup-Summaries#3: a pasted test class and a field the org lacks
      text: 'Error: Compile Error: slaexpirationdate__c is not a field of Account at line 121 column 49',
      captures: { field: 'slaexpirationdate__c', object: 'Account' }
    }
  ],
  negatives: [
    // a dynamic field read at run time in a test (beyond-the-cloud-dev/soql-lib#166; four readers say test)
    { text: 'System.SObjectException: Invalid field Name for User', surface: 'test' },
    {
      text: 'Invalid field for upsert, must be an External Id custom or standard indexed field: Code__c (Code__c)'
    },
    { text: 'Invalid field:CAMPAIGN.NAME in related list:RelatedCampaignList' },
    // a quoted name in another tool's wording (the text is ours)
    { text: 'StrictModeError: filter: "nope" is not a field of Account' }
  ]
})
