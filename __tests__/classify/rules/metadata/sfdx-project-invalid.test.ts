import rule from '../../../../src/classify/rules/metadata/sfdx-project-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // salesforce-alm lib/messages, sourceConvertCommand.rootDirectoryNotASourceDirectory and
    // package_create.errorPathNotSpecified
    { text: 'ERROR running force:source:convert:  The package root directory is not a source directory' },
    {
      text: 'Add a valid path to packageDirectories in the sfdx-project.json file. When the --path parameter is specified, the path is automatically added to the sfdx-project.json file.'
    },
    // salesforce-alm (the sfdx toolbelt), messages InvalidValueForDefaultPath and package_version_create
    {
      text: 'In sfdx-project.json, set the default to true or false. Example: [{ "path": "packageDirectory1", "default": true }, { "path": "packageDirectory2", "default": false }]',
      surface: 'cli'
    },
    {
      text: 'Can’t create package version. Check your sfdx-project.json file and set includeProfileUserLicenses to either true or false. Then try package version creation again.',
      surface: 'cli'
    },
    {
      text: 'You can’t have both "package" and "id" (deprecated) defined in your sfdx-project.json file.',
      surface: 'cli'
    },
    // salesforce-alm (the sfdx toolbelt), messages sourceConvertCommand.invalidRootDirectory
    {
      text: 'ERROR running force:source:convert:  The package root directory does not exist: force-app',
      surface: 'cli',
      captures: { path: 'force-app' }
    },
    // salesforce-alm (the sfdx toolbelt), messages package_version_create.errorNoMatchingPackageDirectory
    {
      text: 'The --path value [force-app/payments], doesn’t match the path value in any packageDirectories specified in sfdx-project.json.',
      surface: 'cli'
    },
    // salesforce-alm (the sfdx toolbelt), messages JsonParseError
    {
      text: 'Parse error in file /home/runner/work/acme-crm/acme-crm/sfdx-project.json on line 14\nUnexpected token } in JSON at position 412\n',
      surface: 'cli'
    },
    // salesforce-alm (the sfdx toolbelt), messages ValidationSchemaFieldErrors
    {
      text: 'Schema validation failed with following errors:\n#/packageDirectories/0/versionNumber: should match pattern "^\\d+\\.\\d+\\.\\d+\\.(\\d+|NEXT)$"',
      surface: 'cli'
    },
    {
      // forcedotcom/sfdx-core, messages/config.md (schemaValidationError), with SFDX_PROJECT_JSON_VALIDATION=true
      text: 'Error (SchemaValidationError): The config file "/home/runner/work/acme-crm/acme-crm/sfdx-project.json" is not schema valid.\nDue to: packageDirectories.0.versionNumber: Invalid input',
      surface: 'cli'
    },
    {
      // flxbl-io/sfp issue 53
      text: 'You already promoted a package version with this major.minor.patch version number. For a given major.minor.patch number, you can promote only one version.'
    },
    {
      // developerforce/GIFter issue 2: a package version for a package the project does not list
      text: "ERROR running force:package:version:create:  The Package Id: GIFter isn't defined in the sfdx-project.json. Add it to the packageDirectories section and add the alias to packageAliases with its 0Ho ID."
    },
    {
      // sfdx-core's project checks (messages/config.md, scratchOrgInfoGenerator.md)
      text: 'In sfdx-project.json, indicate only one package directory (path) as the default.',
      surface: 'cli'
    },
    {
      text: 'The ancestorVersion in sfdx-project.json is not the version expected for the ancestorId you supplied. ancestorVersion 1.2.0.',
      surface: 'cli'
    },
    {
      // a packageDirectories entry that is not in the checkout
      text: 'ERROR running force:source:convert: The path /Users/dev/project/tmp-pkg-prj/non-default-pkg-folder, specified in sfdx-project.json, does not exist. Be sure this directory is included in your project root.',
      surface: 'cli'
    },
    {
      // package version create with a wrong ancestor in sfdx-project.json
      text: "The ancestor package version [1.17.0] specified in the sfdx-project.json file hasn't been promoted and released. Release the ancestor package version before specifying it as the ancestor in a new package version."
    },
    {
      // forcedotcom/cli issue, sfdx 7
      text: 'ERROR running force:source:deploy: No source backed components present in the package'
    },
    {
      // sfdx force:source:deploy -m naming a component that is not in the local source
      text: 'ERROR running force:source:deploy: The PermissionSet named BDR_Extra_Access was not found in the workspace.',
      surface: 'log',
      captures: { type: 'PermissionSet', name: 'BDR_Extra_Access' }
    },
    {
      // sf org create scratch run from the wrong folder
      text: "ERROR: ENOENT: no such file or directory, open 'config/project-scratch-def.json'.",
      captures: { path: 'config/project-scratch-def.json' }
    },
    {
      // sf project deploy of a path outside the package directories
      text: "Error deploying or retrieving source: The file or directory that you tried to deploy or retrieve isn't in a package directory that's specified in your sfdx-project.json file."
    },
    {
      // sf project deploy start with a --source-dir or manifest that selects nothing (forcedotcom/cli issue)
      text: 'Error: No source-backed components present in the package.'
    }
  ],
  negatives: [
    // a plugin's progress line (dxb's ux.log), not a refusal
    { text: 'DXB added to sfdx-project.json', surface: 'cli' },
    // the dependency is missing from the Dev Hub, not wrong in the file (the text is ours)
    {
      text: 'The package acme-core specified in sfdx-project.json was not found in the Dev Hub',
      surface: 'cli'
    },
    // forcedotcom/cli#145: the CLI's own stash file, in a Jenkins job
    {
      text: 'ERROR running force:mdapi:deploy:  Parse error in file /home/jenkins/.sfdx/stash.json on line 6',
      surface: 'cli'
    },
    { text: 'sfdx-project.json read from /home/runner/work/app/app', surface: 'cli' },
    // The CLI's own files: cli-own-file-missing names those.
    {
      text: "ENOENT: no such file or directory, open '/usr/local/lib/node_modules/sfdx-cli/node_modules/salesforce-alm/schemas/dataImportPlanSchema.json'",
      surface: 'cli'
    },
    { text: "ENOENT: no such file or directory, stat '/home/runner/.sf/sf-2026-11-27.log'", surface: 'cli' },
    {
      text: 'NoDefaultEnvError: No default environment found. Use -o or --target-org to specify an environment.'
    },
    { text: 'The project deploy finished with 3 component errors' },
    // Not a project at all is the job's working directory, not the project's files: not-in-project-directory.
    {
      text: 'RequiresProjectError: This command is required to run from within a Salesforce project directory.'
    }
  ]
})
