import rule from '../../../../src/classify/rules/limits/cpu-time-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // rsoesemann/visualforce-table-grid issue 26
      text: 'System.LimitException: Apex CPU time limit exceeded Stack Trace: Class.SchemaCache.objectDescribesMap: line 56, column 1 Class.SchemaCache_Test.testSchemaCacheMaps: line 145, column 1',
      captures: { limit: 'Apex CPU time limit exceeded' }
    },
    {
      // forceworkbench issue 813: trigger-wrapped, title case
      text: 'Task_Trigger: System.LimitException: Apex CPU Time Limit Exceeded',
      surface: 'cli'
    },
    {
      // dlrs issue 357
      text: 'dlrs_ContactTrigger: System.LimitException: Apex CPU time limit exceeded',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Your request exceeded the time limit for processing. connection was cancelled here' }]
})
