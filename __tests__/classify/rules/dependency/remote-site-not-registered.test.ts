import rule from '../../../../src/classify/rules/dependency/remote-site-not-registered.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Apex's CalloutException in the older wording, as a package vendor quotes it
      // (salesforce.stackexchange.com/questions/45107)
      text: 'System.CalloutException: IO Exception: Unauthorized endpoint, please check Setup->Security->Remote site settings',
      surface: 'test'
    },
    {
      // the current wording, which names the endpoint (the endpoint is ours)
      text: 'System.CalloutException: Unauthorized endpoint, please check Setup->Security->Remote site settings. endpoint = https://api.example.com/v1/orders',
      surface: 'test',
      captures: { endpoint: 'https://api.example.com' }
    },
    {
      // the same exception from anonymous Apex a pipeline runs after the deploy (the text is ours)
      text: 'Error (1): System.CalloutException: Unauthorized endpoint, please check Setup->Security->Remote site settings. endpoint = https://hooks.example.com/notify',
      surface: 'cli',
      captures: { endpoint: 'https://hooks.example.com' }
    }
  ],
  negatives: [
    // a test that calls out without a mock: the test is at fault, not the org
    {
      text: 'System.CalloutException: Methods defined as TestMethod do not support Web service callouts',
      surface: 'test'
    },
    // a callout the org allowed, which then timed out
    { text: 'System.CalloutException: Read timed out', surface: 'test' }
  ]
})
