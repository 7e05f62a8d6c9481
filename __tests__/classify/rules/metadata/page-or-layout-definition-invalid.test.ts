import rule from '../../../../src/classify/rules/metadata/page-or-layout-definition-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // certinia/df12-deployment-tools#5
      text: 'Layout must have at least 1 section'
    },
    {
      // trailheadapps/dreamhouse-sfdx#5
      text: 'Invalid property [hideUpdateButton] in component [runtime_sales_pathassistant:pathAssistant]',
      captures: { property: 'hideUpdateButton', component: 'runtime_sales_pathassistant:pathAssistant' }
    },
    {
      // forcedotcom/cli#1184
      text: "The c:myAwesomeComponent component isn't allowed in the detailTabContent region. The component doesn't implement any of the region's allowed interfaces.",
      captures: { region: 'detailTabContent' }
    },
    {
      // help.salesforce.com KB 005263977 (DuplicateRule)
      text: 'Account.ABN_Matching: SortOrder must be in sequential order from 1.'
    }
  ],
  negatives: [
    {
      text: "We couldn't retrieve the design time component information for component c:apexWireMethodToProperty."
    },
    { text: 'Invalid field:CAMPAIGN.NAME in related list:RelatedCampaignList' }
  ]
})
