import { defineRule } from '../../define-rule.js'
import { CLI_OWN_PATH } from '../cli-own-path.js'

export default defineRule({
  id: 'lwc-jest-module-not-found',
  category: 'dependency',
  title: 'An LWC Jest test imports {module}, which Jest cannot resolve',
  surfaces: ['test', 'log'],
  patterns: [
    // Jest's resolver names the import and the file that made it; the suite never ran. A file of the
    // CLI's own installation asking is a broken CLI, not a test.
    new RegExp(
      String.raw`\bCannot find module '(?<module>[^'\n]{1,200})' from '(?<from>(?![^'\n]*?${CLI_OWN_PATH})[^'\n]{1,300})'`
    )
  ],
  explanation:
    'Jest could not load a module the component or its test imports, so the whole suite failed before any test ran: a `lightning/*` base component or platform module that the installed sfdx-lwc-jest has no stub for, a `c/*` component or `@salesforce/*` import that is not in the project, or an npm package missing from node_modules.',
  remediation: [
    'For a `lightning/*` module, upgrade @salesforce/sfdx-lwc-jest, or add a stub for it under `moduleNameMapper` in jest.config.js.',
    "For an `@salesforce/apex`, `@salesforce/label` or `@salesforce/schema` import, mock it in the test: `jest.mock('@salesforce/apex/Ctrl.method', () => ({ default: jest.fn() }), { virtual: true })`.",
    'For a `c/*` component, check it exists in the project under that name (names are case-sensitive on Linux runners).',
    'For an npm package, check it is in package.json and that the job ran `npm ci` before the tests.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/platform/lwc/guide/unit-testing-using-jest-installation.html'
  ],
  retryable: false
})
