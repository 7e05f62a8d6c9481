import rule from '../../../../src/classify/rules/test/apex-runtime-exception.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Apex exception reference: FinalException in a trigger test
      text: 'System.FinalException: Record is read-only',
      surface: 'test',
      captures: { exceptionType: 'FinalException', detail: 'Record is read-only' }
    },
    {
      // GrantGuides / secure query style SObjectException
      text: 'System.SObjectException: DML statement cannot operate on trigger.new or trigger.old',
      surface: 'log',
      captures: { exceptionType: 'SObjectException' }
    }
  ],
  negatives: [
    { text: 'System.LimitException: Too many fields describes', surface: 'log' },
    { text: 'java.lang.IllegalStateException: boom', surface: 'log' }
  ]
})
