import rule from '../../../../src/classify/rules/limits/query-rows-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SalesforceFoundation/EDA issue 281
      text: 'System.LimitException: hed:Too many query rows: 50001',
      captures: { namespace: 'hed', count: '50001' }
    },
    {
      // SalesforceFoundation/NPSP issue 2081
      text: 'System.LimitException: npsp:Too many query rows: 50001',
      captures: { count: '50001' }
    },
    {
      // pkozuchowski/Apex-Opensource-Library issue 11: query locator variant, no space
      text: 'Too many query locator rows:10001',
      captures: { limit: 'Too many query locator rows', count: '10001' }
    },
    {
      // dlrs issue 451: async batch email
      text: "Failed to process batch for class 'dlrs.RollupJob' for job id '7071x00000ABCDE'\n\ncaused by: System.LimitException: dlrs:Too many query rows: 50001",
      surface: 'log',
      captures: { count: '50001' }
    }
  ],
  negatives: [{ text: 'Query returned 50001 rows' }]
})
