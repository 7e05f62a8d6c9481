import rule from '../../../../src/classify/rules/dependency/hardcoded-record-id.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // FlexiPage deploy problem posted in a public issue
      text: 'The personAccountRecordTypeId property of component d18ddb32-0ac6-4cb0-9608-7aaa331c54f6 references an object with the ID value 0124x000000ABCD. Occasionally, when deploying metadata, an ID value is not found.',
      captures: { id: '0124x000000ABCD' }
    }
  ],
  negatives: [
    {
      text: 'The record type id was found in the target org'
    }
  ]
})
