import rule from '../../../../src/classify/rules/limits/trigger-depth.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // jakemuse blog 2011
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, XXX_OBj: maximum trigger depth exceeded XXX_Trigger trigger event BeforeInsert',
      captures: { event: 'BeforeInsert' }
    },
    {
      // Multi-line form of the same error
      text: 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, OpportunityTrigger: maximum trigger depth exceeded\nOpportunity trigger event AfterUpdate for [006000000000001]',
      surface: 'log'
    },
    {
      // record-triggered flow recursion: the code and text as reported in the Trailblazer Community, in a DML error of our making
      text: 'System.DmlException: Update failed. First exception on row 0 with id 0015g00000AbCdEAAV; first error: MAX_DEPTH_IN_FLOW_EXECUTION, Maximum flow depth exceeded: []',
      captures: { limit: 'MAX_DEPTH_IN_FLOW_EXECUTION' }
    }
  ],
  negatives: [
    { text: 'Maximum trigger nesting is 16 levels' },
    { text: 'System.LimitException: Maximum stack depth reached: 1001' },
    { text: "The flow failed to access the value for myVariable because it hasn't been set or assigned." }
  ]
})
