import rule from '../../../../src/classify/rules/metadata/destructive-change-not-supported.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Gearset article "remove record type deletions"
      text: 'Error: Cannot delete record type through API'
    },
    {
      // Metadata API warning for a destructive entry missing from the org
      text: 'No ApexClass named: LegacyBatch found',
      captures: { type: 'ApexClass', name: 'LegacyBatch' }
    }
  ],
  negatives: [
    { text: 'In field: recordType - no RecordType named Contact.Family_Member found' },
    { text: 'This custom field is referenced elsewhere in salesforce.com. : Filtered Lookup.' }
  ]
})
