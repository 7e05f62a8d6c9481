import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'unnamed-class-coverage-below-required',
  category: 'coverage',
  title: 'A deployed Apex {type} is {percent}% covered, below the required {required}%',
  surfaces: ['coverage', 'cli', 'log', 'component'],
  patterns: [
    /Test coverage of selected Apex (?<type>Class|Trigger)(?:es|s)? is (?<percent>\d+(?:\.\d+)?)%, at least (?<required>\d+)% test coverage is required/
  ],
  explanation:
    'When tests are run with RunSpecifiedTests, every Apex class and trigger in the deployment must itself reach {required}% coverage from the tests listed. One of them reached only {percent}%; the coverage warning names it in its `name` field.',
  remediation: [
    'Find the component in the deploy report: `sf project deploy report --job-id <id> --json` (details.runTestResult.codeCoverageWarnings).',
    'Add tests for its uncovered lines and include that test class in `--tests`.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_running_tests.htm'],
  retryable: false
})
