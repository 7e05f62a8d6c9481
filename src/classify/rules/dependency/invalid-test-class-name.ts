import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'invalid-test-class-name',
  category: 'dependency',
  title: '{className} is not a test class in this org',
  surfaces: ['cli', 'log', 'test'],
  patterns: [
    // Not a class id where the name belongs (`--class-names 01p…`): that is the command line's mistake.
    /This class name's value is invalid: +(?<className>(?!01p\w{12,15}\b)\w+(?:\.\w+)?)\.? Provide the name of an Apex class that has test methods/
  ],
  explanation:
    'The test run named a class that is not in the org or has no test methods, so Salesforce refused to start the run.',
  remediation: [
    'Check the spelling (and namespace) of {className} in the `--tests` / `--class-names` argument.',
    'Make sure the class is deployed and contains @IsTest methods; pass the test class, not the class under test.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_apex_commands_unified.htm'
  ],
  retryable: false
})
