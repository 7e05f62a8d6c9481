import rule from '../../../../src/classify/rules/fallback/org-item-missing-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // forcedotcom/cli issues: sfdx force:user:permset:assign, force:data:tree:import, force:org:create
    // with a package ancestor, force:community:create
    {
      text: 'Permission set "C" not found in target org. Do you need to push source?',
      captures: { item: 'Permission set' }
    },
    {
      text: "ERROR running force:data:tree:import:  No such column 'Description__c' on sobject of type Product_Family__c",
      captures: { item: 'column' }
    },
    {
      text: 'ERROR running force:org:create: The package ancestor for the package version was not found. Ancestor package ID: 05ixxxxxxxxxxxxxx.',
      captures: { item: 'package' }
    },
    { text: 'ERROR running force:community:create:  The specified template does not exist.' },
    // forcedotcom/cli: a package version create on a branch with no released ancestor
    {
      text: 'No version number was found in Dev Hub for package id 0Ho08000000KymKCAS and branch undefined and version number 1.5.0.LATEST.'
    },
    // The CLI's own message files (plugin-apex, plugin-agent, the sfdx toolbelt), names filled in.
    {
      text: 'No test found with the given names [AccountServiceTest,OrderServiceTest]',
      captures: { item: 'test' }
    },
    { text: 'Agent Customer_Support_Agent not found in org ci-admin@acme.com.uat.' },
    {
      text: 'REST deploy is not available for this org. This feature is currently for internal Salesforce use only.'
    }
  ],
  negatives: [
    // The runner's own things: a module, a plugin tag, a file, a shell command (forcedotcom/cli,
    // salesforcedx-vscode and CI threads).
    { text: "Error: Cannot find module './tests'" },
    { text: 'The dist tag latest-rc was not found for plugin: sfdx-hardis' },
    { text: "DeployMetadata - Error - ENOENT: no such file or directory, scandir ''" },
    { text: '/bin/sh: 1: ./sfdx/install: not found' },
    { text: 'An internal error caused this command to fail. isomorphic-git error: Could not find HEAD.' },
    // Errno names and Go's DNS wording are not a missing reference.
    { text: 'dial tcp: lookup acme.my.salesforce.com: no such host' },
    { text: 'openssl config failed: error:02001003:system library:fopen:No such process' },
    { text: 'The system cannot find the path specified.' },
    // A field named in a sentence of its own, and a missing item named in another sentence.
    { text: 'Unable to parse the metadata. Field Region__c: expected a string, got an object' },
    { text: 'No results found' }
  ]
})
