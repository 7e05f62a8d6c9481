import rule from '../../../../src/classify/rules/test/trigger-failed-in-dml.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli issue 2952: trigger failure in a deploy test run (sf human output)
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, tes23425632.test12: execution of BeforeInsert',
      captures: { trigger: 'tes23425632.test12' }
    },
    {
      // Trigger throwing an application exception
      text: 'System.DmlException: Update failed. First exception on row 0 with id 801000000000001AAA; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, OrderTrigger: execution of AfterUpdate\n\ncaused by: OrderService.OrderException: Order has no lines\n\nClass.OrderService.validate: line 20, column 1',
      surface: 'log',
      captures: { trigger: 'OrderTrigger' }
    }
  ],
  negatives: [
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, We can\'t save this record because the "Lead_Assignment" process failed. Give your Salesforce admin these details. : []'
    }
  ]
})
