import rule from '../../../../src/classify/rules/fallback/reference-missing-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    { text: "Entity of type 'ApexClass' named 'RegionHelper' cannot be found" },
    {
      // a shape no specific rule covers
      text: 'sharedTo not found: role - CEO'
    },
    {
      text: 'Permission set "C" not found in target org. Do you need to push source?',
      surface: 'cli'
    }
  ],
  negatives: [
    {
      text: 'Some brand-new validation message Salesforce added in a later release'
    },
    {
      text: 'Record not found',
      surface: 'test'
    }
  ]
})
