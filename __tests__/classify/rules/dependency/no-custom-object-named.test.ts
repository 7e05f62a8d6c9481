import rule from '../../../../src/classify/rules/dependency/no-custom-object-named.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // wadewegner/deploy-to-sfdx#41: Profile Admin.
      text: 'In field: field - no CustomObject named Bundle__c found',
      captures: { object: 'Bundle__c' }
    },
    {
      // wadewegner/deploy-to-sfdx#41: PermissionSet purealoe.
      text: 'In field: object - no CustomObject named Bundle__c found',
      captures: { object: 'Bundle__c' }
    },
    {
      // Contacts to Multiple Accounts is off in the target org.
      text: 'In field: object - no CustomObject named AccountContactRelation found',
      captures: { object: 'AccountContactRelation' }
    }
  ],
  negatives: [
    { text: 'In field: field - no CustomField named Bundle__c.Price__c found' },
    { text: 'Must specify a non-empty label for the CustomObject' }
  ]
})
