import rule from '../../../../src/classify/rules/fallback/org-item-missing-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // forcedotcom/sfdx-core issue 364
    {
      text: 'Permission set "C" not found in target org. Do you need to push source?',
      captures: { item: 'Permission set' }
    },
    // trailheadapps/ebikes-communities-lwc issue 3
    {
      text: "ERROR running force:data:tree:import:  No such column 'Description__c' on sobject of type Product_Family__c",
      captures: { item: 'column' }
    },
    // forcedotcom/cli issue 997
    {
      text: 'ERROR running force:org:create: The package ancestor for the package version was not found. Ancestor package ID: 05ixxxxxxxxxxxxxx.',
      captures: { item: 'package' }
    },
    // forcedotcom/b2b-commerce-on-lightning-quickstart issue 37
    { text: 'ERROR running force:community:create:  The specified template does not exist.' },
    // forcedotcom/cli issue 2411
    {
      text: 'No version number was found in Dev Hub for package id 0Ho08000000KymKCAS and branch undefined and version number 1.5.0.LATEST.'
    },
    // The CLI's message catalogs, names filled in: salesforce-alm's apexReportCommandNoTestFound and
    // plugin-agent's error.missingAgentInOrg.
    {
      text: 'No test found with the given names [AccountServiceTest,OrderServiceTest]',
      captures: { item: 'test' }
    },
    { text: 'Agent Customer_Support_Agent not found in org ci-admin@acme.com.uat.' },
    // salesforce-alm's retrieve messages and plugin-devops-center's, names filled in: a name in quotes
    // between the noun and "found", and "wasn't found".
    {
      text: "The metadata retrieve operation failed: INVALID_CROSS_REFERENCE_KEY: No package named 'Acme Core' found",
      captures: { item: 'package' }
    },
    {
      text: "The DevOps Center app wasn't found in the specified org. Verify the org username and try again."
    },
    // A metadata type as the Metadata API writes it; the text is ours.
    { text: "ApexTestSuite 'Smoke' not found", captures: { item: 'ApexTestSuite' } }
  ],
  negatives: [
    // A missing file or folder of the repository, though it names an object's folder (git) or a class
    // folder (a Windows runner): runner-item-missing-unrecognised. The texts are ours.
    { text: "fatal: path 'force-app/main/default/objects/Account' does not exist in 'origin/main'" },
    { text: "Could not find a part of the path 'D:\\a\\repo\\repo\\force-app\\main\\default\\classes'" },
    // An installed module named after an Apex class (LWC Jest), and a package of the npm registry.
    {
      text: "Cannot find module '@salesforce/apex/AccountController.getAccounts' from 'force-app/main/default/lwc/accountList/accountList.js'"
    },
    { text: 'error Couldn\'t find package "@salesforce/cli" on the "npm" registry.' },
    // The org the command should use, not something in it: target-org-missing-unrecognised.
    { text: 'Unable to find a scratch org with username test-wvkpnfm5z113@example.com.' },
    // A sandbox is the org to log in to as often as the one to clone from (plugin-org's messages).
    { text: 'The sandbox name "uat" could not be found in production org "admin@acme.com".' },
    // A feature the org does not offer is not a component to deploy (salesforce-alm's messages).
    {
      text: 'REST deploy is not available for this org. This feature is currently for internal Salesforce use only.'
    },
    // The noun and the missing thing in different sentences: the text is ours.
    { text: 'Deploying the Account object. Resource not found' }
  ]
})
