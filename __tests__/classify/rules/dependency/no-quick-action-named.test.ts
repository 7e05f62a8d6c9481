import rule from '../../../../src/classify/rules/dependency/no-quick-action-named.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // trailheadapps/lwc-recipes#376: Thanks (RypplePost) not enabled in the org.
      text: 'In field: QuickAction - no QuickAction named FeedItem.RypplePost found',
      captures: { action: 'FeedItem.RypplePost' }
    },
    {
      // SalesforceCommerceCloud/b2c-crm-sync#14.
      text: 'In field: QuickAction - no QuickAction named NewContact found',
      captures: { action: 'NewContact' }
    },
    {
      // mshanemc/einstein-ai#1: custom action missing from the package.
      text: 'In field: QuickAction - no QuickAction named VisionModel__c.Train found',
      captures: { action: 'VisionModel__c.Train' }
    }
  ],
  negatives: [
    { text: 'Cannot delete action NewCase. The following layout is referencing this. : Sailor Layout.' },
    { text: 'The ActionId specified was invalid for ActionType QuickAction.' }
  ]
})
