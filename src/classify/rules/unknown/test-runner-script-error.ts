import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'test-runner-script-error',
  category: 'unknown',
  title: 'The test run stopped on a JavaScript error, not on a test: {detail}',
  surfaces: ['test'],
  patterns: [
    // Apex names its own errors System.TypeException and "Attempt to de-reference a null object"; these
    // are Node's, from a JavaScript test runner (Jest, the Lightning Testing Service) or a tool around it.
    /^(?:ERROR:\s*)?(?<detail>(?:TypeError|ReferenceError|SyntaxError): [^\n]{1,300})/,
    /^(?:ERROR:\s*)?(?<detail>Cannot read propert(?:y|ies) [^\n]{0,80}?of (?:undefined|null)[^\n]{0,80})/
  ],
  explanation:
    'The failure is a JavaScript error thrown by the test tooling or by code it runs (a Jest transform, an environment, a runner plugin), before any assertion judged the code: after an upgrade of the runner or its plugins, the versions usually no longer fit each other.',
  remediation: [
    'Read the stack under the message: a frame in node_modules points at the tool that broke, a frame in the project at the code.',
    'After an upgrade of @salesforce/sfdx-lwc-jest, Jest or Babel, align the versions (`npm ls`) and rerun `npm ci`; pin the last working version if needed.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/platform/lwc/guide/unit-testing-using-jest-installation.html'
  ],
  retryable: false
})
