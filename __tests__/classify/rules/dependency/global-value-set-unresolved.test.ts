import rule from '../../../../src/classify/rules/dependency/global-value-set-unresolved.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Gearset docs: RecordType picklist on a global value set missing from the target.
      text: "Global value set 'Regions' in record type 'Partner' on the entity 'Account' cannot be resolved",
      captures: { valueSet: 'Regions' }
    },
    {
      // Same in a log line.
      text: "Error: Global value set 'Industry_Codes' in record type 'Enterprise' on the entity 'Opportunity' cannot be resolved",
      surface: 'log',
      captures: { valueSet: 'Industry_Codes' }
    }
  ],
  negatives: [
    { text: 'Cannot change which global value set this picklist uses' },
    { text: "Global value set 'Regions' is in use" }
  ]
})
