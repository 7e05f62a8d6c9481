import rule from '../../../../src/classify/rules/metadata/apex-interface-or-override-mismatch.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // apex-enterprise-patterns/fflib-apex-common#167
      text: 'Class fflib_SObjectMocks.SObjectUnitOfWork must implement the method: void fflib_ISObjectUnitOfWork.registerRelationship(Messaging.SingleEmailMessage, SObject)',
      captures: { className: 'fflib_SObjectMocks.SObjectUnitOfWork' }
    },
    {
      // Apex compiler (jorje) message text
      text: '@Override specified for non-overriding method: void MyHandler.beforeInsert()'
    }
  ],
  negatives: [
    { text: 'Class MyHandler : Dependent class is invalid' },
    { text: 'Method does not exist or incorrect signature: void foo() from the type Bar' }
  ]
})
