import rule from '../../../../src/classify/rules/fallback/limit-exceeded-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // retrieve of a large org
      text: 'LIMIT_EXCEEDED: Too many files in retrieve call',
      captures: { limit: 'LIMIT_EXCEEDED' }
    },
    {
      // NebulaLogger install
      text: 'You reached the limit for dashboards run as the logged-in user.'
    },
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
