import rule from '../../../../src/classify/rules/test/field-not-queried.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // apex-enterprise-patterns/force-di PR 85
      text: 'System.SObjectException: SObject row was retrieved via SOQL without querying the requested field: di_Binding__mdt.BindingName__c',
      captures: { object: 'di_Binding__mdt', field: 'BindingName__c' }
    },
    {
      // jamessimone/apex-rollup issue 445 style
      text: 'System.SObjectException: SObject row was retrieved via SOQL without querying the requested field: Account.Industry',
      surface: 'cli',
      captures: { object: 'Account', field: 'Industry' }
    }
  ],
  negatives: [{ text: 'System.SObjectException: Invalid field Foo__c for Account' }]
})
