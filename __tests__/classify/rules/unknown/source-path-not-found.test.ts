import rule from '../../../../src/classify/rules/unknown/source-path-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // A committed sfdx.log (JMercie/dotfiles): mdapi:deploy given a folder that was not there
      text: 'ERROR running force:mdapi:deploy:  The specified path [Salesforce/main/default/installedPackages] does not exist',
      captures: { path: 'Salesforce/main/default/installedPackages' }
    },
    {
      // Illuminated Cloud issue 2571: a deploy of permission sets whose source path reached the CLI empty
      text: "DeployMetadata - Error - ENOENT: no such file or directory, scandir ''",
      surface: 'cli'
    },
    {
      // salesforcedx-apex reading an anonymous Apex file the job does not have
      text: 'File not found at the specified path: scripts/apex/setup.apex',
      captures: { path: 'scripts/apex/setup.apex' }
    },
    {
      // sfdx-git-delta issue: deploy of the generated folder
      text: 'Error (1): output/force-app: File or folder not found',
      captures: { path: 'output/force-app' }
    },
    {
      text: 'Error (1): deploy/changed-sources/force-app: File or folder not found',
      surface: 'log',
      captures: { path: 'deploy/changed-sources/force-app' }
    },
    {
      // plugin-deploy-retrieve's message for a --source-dir outside the project
      text: "File or directory 'force-app/main/extra' doesn't exist in your project. Specify one that exists and rerun the command.",
      captures: { path: 'force-app/main/extra' }
    },
    {
      // sfpowerscripts pool: a tracking file the previous step never wrote
      text: 'Failed to execute scripts for test-vzpfcx58oql4@example.com with alias SO5 due to File not found: .sfpowerscripts/sourceTrackingFiles/test-vzpfcx58oql4@example.com/maxRevision.json',
      captures: { path: '.sfpowerscripts/sourceTrackingFiles/test-vzpfcx58oql4@example.com/maxRevision.json' }
    }
  ],
  negatives: [
    { text: "Entity of type 'ApexClass' named 'Foo' cannot be found" },
    { text: 'No such file or directory' },
    // the path exists but is not a file the CLI recognises as source
    { text: 'The sourcepath "force-app/main/default/classes/Foo.cls" is not a valid source file path.' }
  ]
})
