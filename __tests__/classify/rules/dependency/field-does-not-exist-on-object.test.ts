import rule from '../../../../src/classify/rules/dependency/field-does-not-exist-on-object.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // deploy problem posted in a public issue
      text: 'Field does not exist: UptimeRecordStart on Asset',
      captures: { field: 'UptimeRecordStart', object: 'Asset' }
    },
    {
      text: 'Apex class FieldSetDisplayerControllerTest: line 68, column 21: Field does not exist: YearStarted on Account',
      captures: { field: 'YearStarted', object: 'Account' }
    }
  ],
  negatives: [
    {
      text: 'Field does not exist. Check spelling.'
    },
    {
      text: 'Field Region__c exists on Account'
    }
  ]
})
