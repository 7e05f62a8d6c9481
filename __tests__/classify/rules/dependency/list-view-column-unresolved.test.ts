import rule from '../../../../src/classify/rules/dependency/list-view-column-unresolved.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // ListView deploy problem posted in a public issue
      text: 'Could not resolve list view column: ACCOUNT.RECORDTYPE',
      captures: { column: 'ACCOUNT.RECORDTYPE' }
    },
    {
      text: 'Could not resolve list view column: Region__c (770:16)',
      captures: { column: 'Region__c' }
    }
  ],
  negatives: [
    {
      text: 'Could not resolve the report type for this list view'
    }
  ]
})
