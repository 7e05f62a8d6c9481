import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-wide-coverage-below-required',
  category: 'coverage',
  title: 'Org-wide Apex code coverage is {percent}%, below the required {required}%',
  surfaces: ['coverage', 'cli', 'log', 'component'],
  patterns: [
    /Average test coverage across all Apex Classes and Triggers is (?<percent>\d+(?:\.\d+)?)%, at least (?<required>\d+)% test coverage is required/,
    /Your (?:organization's )?code coverage is (?<percent>\d+(?:\.\d+)?)%\. You need at least (?<required>\d+)% coverage to complete this deployment/
  ],
  explanation:
    'A production deployment (or validation) must leave the Apex in the org covered at least {required}% on average across all classes and triggers, counting the tests that ran. The tests in this run covered only {percent}%.',
  remediation: [
    'See which classes pull the average down: `sf apex run test --code-coverage --result-format human --target-org <org>` (or the deploy report\'s codeCoverage section).',
    'Add or extend tests for the least-covered classes, and include the test classes in the deployment.',
    'With RunSpecifiedTests, list every test class that covers the deployed code in `--tests`; with RunLocalTests, all local tests count.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_code_coverage_intro.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_code_coverage_best_pract.htm'
  ],
  retryable: false
})
