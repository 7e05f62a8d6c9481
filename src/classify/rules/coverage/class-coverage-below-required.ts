import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'class-coverage-below-required',
  category: 'coverage',
  title: 'Apex {type} {name} is {percent}% covered, below the required {required}%',
  surfaces: ['coverage', 'cli', 'log', 'component'],
  patterns: [
    /\b(?!issue\b|null\b)(?<name>\w+(?:\.\w+)?)(?: - |:| -- )Test coverage of selected Apex (?<type>Class|Trigger)(?:es|s)? is (?<percent>\d+(?:\.\d+)?)%, at least (?<required>\d+)% test coverage is required/
  ],
  explanation:
    'When tests are run with RunSpecifiedTests, every Apex class and trigger in the deployment must itself reach {required}% coverage from the tests listed. {name} reached only {percent}%.',
  remediation: [
    'Add tests that execute the uncovered lines of {name}; list them with `sf apex run test --class-names <TestClass> --code-coverage --result-format human --target-org <org>`.',
    'Include the test class that covers {name} in `--tests` (RunSpecifiedTests) and in the deployment.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_running_tests.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_code_coverage_intro.htm'
  ],
  retryable: false
})
