import rule from '../../../../src/classify/rules/test/callout-in-test.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // dlrs issue 869: deploy UI line
      text: 'dlrs_WhitelistTest.testTrigger Methods defined as TestMethod do not support Web service callouts null',
      captures: { what: 'Web service callouts' }
    },
    {
      // joeferraro/MavensMate issue 470: older TypeException
      text: 'System.TypeException: Methods defined as TestMethod do not support Web service callouts, test skipped'
    },
    {
      // abhinavguptas/Multi-RecordType-Sobject-Picklist-Describer issue 3
      text: 'System.VisualforceException: Methods defined as TestMethod do not support getContent call',
      captures: { what: 'getContent call' }
    }
  ],
  negatives: [{ text: 'System.LimitException: Too many callouts: 101' }]
})
