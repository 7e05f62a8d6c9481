import rule from '../../../../src/classify/rules/unknown/cli-own-file-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx 45 release notes: a broken install after the salesforcedx plug-in was left behind
      text: "Error: Cannot find module '@oclif/config'",
      surface: 'cli',
      captures: { path: '@oclif/config' }
    },
    {
      // sfdx-cli in a Docker CI image, two commands rotating the same log
      text: "[Error: ENOENT: no such file or directory, rename '/root/.sfdx/sfdx.log' -> '/root/.sfdx/sfdx.log.0'] { errno: -2, code: 'ENOENT', syscall: 'rename', path: '/root/.sfdx/sfdx.log' }",
      captures: { path: '/root/.sfdx/sfdx.log' }
    },
    {
      // force:data:tree:import with a globally installed sfdx missing its own schema file
      text: "ERROR running force:data:tree:import: ENOENT: no such file or directory, open '/usr/local/lib/node_modules/sfdx-cli/node_modules/salesforce-alm/schemas/dataImportPlanSchema.json'",
      surface: 'log'
    },
    { text: "ENOENT: no such file or directory, stat '/home/runner/.sf/sf-2026-11-27.log'", surface: 'cli' },
    {
      // a plugin installed in the CLI's data folder on a Windows runner
      text: "ENOENT: no such file or directory, open 'C:\\Users\\runner\\AppData\\Local\\sf\\node_modules\\sfdmu\\package.json'",
      surface: 'cli'
    }
  ],
  negatives: [
    {
      text: "Cannot find module '@salesforce/apex/AccountController.getAccounts' from 'force-app/main/default/lwc/accounts/accounts.js'",
      surface: 'log'
    },
    // The project's own Jest tests resolving a component module: not the CLI's install.
    {
      text: "Cannot find module 'c/utils' from 'force-app/main/default/lwc/foo/__tests__/foo.test.js'",
      surface: 'log'
    },
    // A file of the project: sfdx-project-invalid names it.
    { text: "ERROR: ENOENT: no such file or directory, open 'config/project-scratch-def.json'." },
    { text: "ENOENT: no such file or directory, open 'force-app/main/default/classes/Foo.cls'" },
    // The project's own state folder and dependencies are the project's, not the CLI's.
    { text: "ENOENT: no such file or directory, open '/home/runner/work/app/app/.sfdx/sfdx-config.json'" },
    {
      text: "ENOENT: no such file or directory, open '/home/runner/work/app/node_modules/@salesforce/sfdx-lwc-jest/config.js'"
    }
  ]
})
