import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'trigger-without-coverage',
  category: 'coverage',
  title: 'A deployed trigger has no test coverage; every trigger needs at least 1%',
  surfaces: ['coverage', 'cli', 'log', 'component'],
  patterns: [
    /(?:\b(?!issue\b|null\b)(?<name>\w+)(?: - |:| -- ))?Test coverage of selected Apex Triggers? is 0%, at least 1% test coverage is required/,
    /triggers have 0% code coverage\. Each trigger must have at least 1% code coverage\.?(?:\s+(?<name>\w+))?/,
    /Trigger (?<name>\w+) has 0% test coverage,\s*at least 1% test coverage is required/
  ],
  explanation:
    'Salesforce refuses to deploy a trigger to production that no test executes at all. No test in the run fires it, typically because its test class was not deployed or not selected.',
  remediation: [
    'Write (or include) a test that performs DML on the trigger’s object so the trigger runs.',
    'With RunSpecifiedTests, add that test class to `--tests`.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_code_coverage_intro.htm'],
  retryable: false
})
