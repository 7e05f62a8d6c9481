import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'no-tests-to-run',
  category: 'test',
  title: 'No Apex tests were selected to run',
  surfaces: ['cli', 'log', 'test'],
  patterns: [/There are no Apex tests to run in this org/],
  explanation:
    'The test run request selected nothing: the org has no local test classes, or RunSpecifiedTests was used without naming any tests.',
  remediation: [
    'Name the tests explicitly: `sf project deploy start --test-level RunSpecifiedTests --tests MyClassTest` or `sf apex run test --class-names MyClassTest`.',
    'Check that the test classes are deployed to the org and annotated with @IsTest.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_apex_commands_unified.htm'
  ],
  retryable: false
})
