import rule from '../../../../src/classify/rules/dependency/lwc-jest-module-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforce/sfdx-lwc-jest issue 127: a base module the installed stubs lacked
      text: "FAIL  force-app/main/default/lwc/navToNewRecord/__tests__/navToNewRecord.test.js\n  ● Test suite failed to run\n\n    Cannot find module 'lightning/pageReferenceUtils' from 'navToNewRecord.js'",
      captures: { module: 'lightning/pageReferenceUtils', from: 'navToNewRecord.js' }
    },
    {
      // salesforce/sfdx-lwc-jest issue 145: an npm package the project did not install
      text: "  ● Test suite failed to run\n\n    Cannot find module '@jest/globals' from 'apexImperativeMethodWithParams.test.js'",
      surface: 'log',
      captures: { module: '@jest/globals' }
    }
  ],
  negatives: [
    // The CLI's own broken install, in a CI log.
    {
      text: "Error: Cannot find module 'semver' from '/usr/local/lib/node_modules/@salesforce/cli/node_modules/@oclif/core/lib/index.js'",
      surface: 'log'
    },
    { text: "Cannot find module 'lightning/navigation'", surface: 'test' }
  ]
})
