import rule from '../../../../src/classify/rules/unknown/test-runner-script-error.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforce/sfdx-lwc-jest issue 84: a Babel plugin that no longer fits the Babel installed
      text: 'TypeError: this.setDynamic is not a function\n    at PluginPass.pre (node_modules/babel-plugin-transform-runtime/lib/index.js:31:12)',
      captures: { detail: 'TypeError: this.setDynamic is not a function' }
    },
    {
      // forcedotcom/LightningTestingService issue 38: the runner finding no test app
      text: "ERROR:  Cannot read property 'endsWith' of undefined."
    }
  ],
  negatives: [
    // Apex's own errors are the test's verdict.
    { text: 'System.TypeException: Invalid conversion from runtime type String to Integer' },
    { text: 'System.NullPointerException: Attempt to de-reference a null object' },
    // A Jest assertion is a test that ran and failed.
    { text: 'expect(received).toBe(expected) // Object.is equality\n\nExpected: 2\nReceived: 1' }
  ]
})
