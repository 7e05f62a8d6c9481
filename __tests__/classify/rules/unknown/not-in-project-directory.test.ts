import rule from '../../../../src/classify/rules/unknown/not-in-project-directory.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
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
    },
    {
      // sf project deploy start from the repository root of a monorepo
      text: 'RequiresProjectError: This command is required to run from within a Salesforce project directory. Code: RequiresProjectError'
    },
    { text: 'This Directory does not contain a valid Salesforce DX project' }
  ],
  negatives: [
    // A project that exists but is wrong is the project's problem: sfdx-project-invalid.
    { text: 'sfdx-project.json is not valid: packageDirectories must have at least one entry' },
    { text: "ERROR: ENOENT: no such file or directory, open 'config/project-scratch-def.json'." }
  ]
})
