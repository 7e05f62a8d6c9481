import rule from '../../../../src/classify/rules/unknown/jest-suite-not-run.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforce/sfdx-lwc-jest issue 160: a project with no __tests__ folders yet
      text: 'No tests found, exiting with code 1\nRun with `--passWithNoTests` to exit with code 0',
      captures: { detail: 'No tests found, exiting with code 1' }
    },
    {
      // salesforce/sfdx-lwc-jest issue 215: a release of the tool built for another API version
      text: 'error Invalid sourceApiVersion found in sfdx-project.json. Expected 52.0, found 51.0\nerror TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received an instance of Object',
      surface: 'log'
    },
    {
      // A suite that could not load its environment; the text is ours, in Jest's layout.
      text: "  ● Test suite failed to run\n\n    TypeError: Cannot read properties of undefined (reading 'html')"
    }
  ],
  negatives: [
    // A test that ran and failed is the test's verdict.
    { text: '  ● productTileList › renders ten tiles\n\n    expect(received).toBe(expected)' },
    // A module Jest could not resolve names its cause: lwc-jest-module-not-found.
    { text: "  ● Test suite failed to run\n\n    Cannot find module 'c/utils' from 'tile.js'" }
  ]
})
