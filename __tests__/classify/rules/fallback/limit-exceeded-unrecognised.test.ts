import rule from '../../../../src/classify/rules/fallback/limit-exceeded-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli issue: field history tracking on deploy
      text: 'exceeded the allowed number of fields to track on a given entity'
    },
    {
      text: 'MAX_APEX_CODE_SIZE_LIMIT_EXCEEDED',
      captures: { limit: 'MAX_APEX_CODE_SIZE_LIMIT_EXCEEDED' }
    },
    {
      text: 'The number of custom settings exceeds the maximum allowed for your organization'
    }
  ],
  negatives: [
    {
      text: 'Request exceeded the time limit for processing'
    },
    {
      text: 'No limit was set on the query'
    }
  ]
})
