import rule from '../../../../src/classify/rules/dependency/no-record-type-named.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SFDO-Community/OmbudsmanCloudCare#74 (CumulusCI prefixes line and column).
      text: 'Error on line 53, col 29: In field: recordType - no RecordType named Contact.%%%NAMESPACE%%%Family_Member found',
      captures: { object: 'Contact', recordType: '%%%NAMESPACE%%%Family_Member' }
    },
    {
      // Profile layout assignment for a record type not yet deployed.
      text: 'In field: recordType - no RecordType named Opportunity.Service_Upgrade_Program found',
      captures: { object: 'Opportunity', recordType: 'Service_Upgrade_Program' }
    }
  ],
  negatives: [
    { text: 'Picklist value: Web in picklist: AccountSource not found' },
    { text: 'In field: field - no CustomObject named RecordType found' }
  ]
})
