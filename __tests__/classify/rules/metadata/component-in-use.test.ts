import rule from '../../../../src/classify/rules/metadata/component-in-use.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SFDO-Tooling/CumulusCI#142
      text: 'This custom field is referenced elsewhere in salesforce.com. : Custom Formula Field - OpportunityLineItem.Use_Opp_Close_Date__c.'
    },
    {
      // SFDO-Community/OmbudsmanCloudCare#23
      text: 'Cannot delete action NewCase. The following layout is referencing this. : Sailor Layout.'
    },
    {
      // certinia/df12-deployment-tools#25
      text: 'The method object <Constructor>(ApexPages.StandardController) is referenced by Visualforce Page (CountryRegionMap)  in salesforce.com. Remove the usage and try again.'
    },
    {
      // certinia/df12-deployment-tools#15
      text: 'Unable to delete custom app. Profiles are using this custom app as default.'
    }
  ],
  negatives: [
    {
      text: 'That component name is already in use or has been previously used, please choose a different one.'
    },
    { text: 'Dependent class is invalid and needs recompilation' }
  ]
})
