import rule from '../../../../src/classify/rules/dependency/method-missing-on-class.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // benedwards44/Apex-for-Xero#16
      text: 'Method does not exist or incorrect signature: void generateJsonStringForParsing(String, String) from the type XeroAccountingApi',
      captures: { method: 'generateJsonStringForParsing', type: 'XeroAccountingApi' }
    },
    {
      // deploy problem posted in a public issue
      text: 'Method does not exist or incorrect signature: void getLocations(Id) from the type S1ProductConsumedController',
      captures: { type: 'S1ProductConsumedController', method: 'getLocations', args: 'Id' }
    },
    {
      text: 'Method does not exist or incorrect signature: fflib_SObjectDomain.Constructor newInstance(List<Account>) from the type fflib_Application.DomainFactory (18:12)',
      captures: { type: 'fflib_Application.DomainFactory' }
    }
  ],
  negatives: [
    {
      text: 'Method does not exist or incorrect signature: void areEqual(Integer, Integer) from the type Assert (4943:10)'
    },
    { text: 'Method does not exist or incorrect signature: void getLabel() from the type FieldSet' },
    {
      text: 'Method does not exist or incorrect signature: void put(String, Object) from the type Invoice__c'
    },
    {
      text: 'Method does not exist or incorrect signature: void startTest() from the type test'
    },
    {
      text: 'Method does not exist or incorrect signature: void add(String, Integer) from the type List<String>'
    },
    {
      text: 'Method does not exist or incorrect signature: void foo() from the type Database'
    }
  ]
})
