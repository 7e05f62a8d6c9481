import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'jest-suite-not-run',
  category: 'unknown',
  title: 'The LWC Jest run gave no verdict: {detail}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    /(?<detail>● Test suite failed to run)/,
    /(?<detail>\bNo tests found, exiting with code 1)/,
    // sfdx-lwc-jest refusing a project whose API version is not the one its release targets.
    /(?<detail>\bInvalid sourceApiVersion found in sfdx-project\.json\. Expected [\d.]+, found [\d.]+)/
  ],
  explanation:
    'Jest did not get as far as running a test: a suite failed to load (its setup, transform or environment broke), the run found no test files at all, or sfdx-lwc-jest targets another API version than the project. No component and no assertion is at fault yet; the test tooling or its configuration is.',
  remediation: [
    'Read the lines under the message: they name the file and the error that stopped the suite.',
    'After an upgrade of @salesforce/sfdx-lwc-jest or Jest, check that the versions fit each other and the project (`npm ls jest`), and rerun `npm ci`.',
    'For "Invalid sourceApiVersion", install the sfdx-lwc-jest release for the API version in sfdx-project.json (its npm tags are named after releases, such as `@salesforce/sfdx-lwc-jest@spring22`).',
    'For "No tests found", check that `__tests__` folders exist where jest.config.js looks, or pass `--passWithNoTests` when a project has none yet.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/platform/lwc/guide/unit-testing-using-jest-installation.html'
  ],
  retryable: false
})
