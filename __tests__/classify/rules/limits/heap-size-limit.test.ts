import rule from '../../../../src/classify/rules/limits/heap-size-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // jamessimone/apex-rollup issue 397
      text: 'Batchable instance is too big: RollupAsyncProcessor.QueueableProcessor',
      surface: 'test',
      captures: { limit: 'Batchable instance is too big' }
    },
    {
      // eigenx blog: heap limit
      text: 'System.LimitException: Apex heap size too large: 6005934',
      captures: { count: '6005934' }
    },
    {
      // vlocity_build issue 618
      text: 'Apex heap size too large: 12426421',
      surface: 'log',
      captures: { count: '12426421' }
    },
    {
      // jongpie/NebulaFramework issue 88
      text: 'System.StringException: String length exceeds maximum: 6000000',
      captures: { limit: 'String length exceeds maximum' }
    }
  ],
  negatives: [{ text: 'Heap size: 3000000 bytes of 6000000' }]
})
