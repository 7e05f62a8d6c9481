import rule from '../../../../src/classify/rules/metadata/sfdx-project-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf project deploy start with a --source-dir or manifest that selects nothing (forcedotcom/cli issue)
      text: 'Error: No source-backed components present in the package.'
    },
    {
      // sf 2.146.3 (fixture deploy-start-not-a-project-with-org): `name: message` as the engine passes it.
      text: 'InvalidProjectWorkspaceError: /home/runner/work/app/notproj does not contain a valid Salesforce DX project.',
      captures: { path: '/home/runner/work/app/notproj' }
    },
    // sfdx 7 (salesforce-alm) wording.
    {
      text: 'InvalidProjectWorkspace: This command is required to run from within an SFDX project directory.'
    },
    {
      text: 'Error (InvalidProjectWorkspaceError): /tmp/x does not contain a valid Salesforce DX project.',
      surface: 'log'
    }
  ],
  negatives: [
    {
      text: 'NoDefaultEnvError: No default environment found. Use -o or --target-org to specify an environment.'
    },
    { text: 'The project deploy finished with 3 component errors' }
  ]
})
