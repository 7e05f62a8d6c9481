import rule from '../../../../src/classify/rules/fallback/runner-item-missing-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // The plugin-plugins message catalog
    { text: 'The dist tag latest-rc was not found for plugin: sfdx-hardis' },
    // salesforce-alm's messages: a data plan file the command was given
    { text: 'Cannot find data file. Indicate a valid path: data/Account-Contact-plan.json.' },
    // The texts below are ours: a Windows runner, PMD on a runner without it, a CI agent pool, a
    // JUnit publisher, and a repository without the manifest the step names.
    { text: "Could not find a part of the path 'D:\\a\\repo\\repo\\force-app\\main\\default\\classes'" },
    { text: 'Error: Could not find or load main class net.sourceforge.pmd.PMD' },
    { text: '##[error]No agent found in pool Default which satisfies the specified demands' },
    { text: 'ERROR: Step failed: No test report files were found. Configuration error?' },
    { text: 'Error: The package.xml file was not found at manifest/package.xml' },
    { text: 'Error: No coverage report found at coverage/lcov.info' }
  ],
  negatives: [
    // Missing things of the org's, with no file or module in the sentence: org-item-missing-unrecognised.
    { text: 'Permission set "C" not found in target org. Do you need to push source?' },
    { text: 'No profiles found in the org' },
    // A custom API name is the org's, whatever file was being read (Codeneos/vlocode issue 426): org-item-missing-unrecognised.
    {
      text: 'Error loading datapack Change_Approver_English_DataPack.json: No such object with name omnistudio__VlocityDataPackConfiguration__mdt exists in this Salesforce instance'
    },
    // A word inside another ("profiles", "filepath") is not a file.
    { text: 'Profiles not found: Admin' },
    // A file named in one sentence and something else missing in the next: the text is ours.
    { text: 'Read manifest/package.xml. Permission set Admin_Tools not found' },
    // Errno names are the runner's but belong to the catch-all, whose advice reads the errno.
    { text: "DeployMetadata - Error - ENOENT: no such file or directory, scandir ''" }
  ]
})
