import rule from '../../../../src/classify/rules/auth/cli-user-missing-permission.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforcecli/plugin-org, messages/delete_sandbox.md (error.insufficientAccess)
      text: 'Error (InsufficientAccessError): You don\'t have permission to delete this sandbox. Ask your Salesforce admin to grant you the "Manage Sandboxes" system permission on your profile or a permission set in the production org.'
    },
    {
      // plugin-org, an older delete_sandbox.md (error.insufficientPermissions)
      text: 'You don\'t have the required "DeleteSandbox" Permission Set assigned in the production org to delete sandbox "uat".',
      captures: { permission: 'DeleteSandbox' }
    },
    {
      // forcedotcom/sfdx-core, messages/org.md (insufficientAccessToDelete)
      text: 'You do not have the appropriate permissions to delete a scratch org. Please contact your Salesforce admin.'
    },
    {
      // forcedotcom/packaging, messages/package.md (developerUsePkgZipFieldUnavailable)
      text: "Can't retrieve package metadata. To use this feature, you must first assign yourself the DownloadPackageVersionZips user permission. Then retry retrieving your package metadata.",
      captures: { permission: 'DownloadPackageVersionZips' }
    }
  ],
  negatives: [
    // git's refusal in the same job log is not the org's
    { text: 'remote: You do not have permission to push to this project.', surface: 'log' },
    // A feature the target org lacks: deploying the component needs the org changed, not the user.
    { text: 'Your organization doesn\'t have permission to create flows of processType "PromptFlow".' },
    { text: 'You have permission to view this sandbox but not to refresh it until tomorrow.' },
    // The same words inside an Apex test describe the test's own user.
    {
      text: "System.AssertException: Assertion Failed: You don't have permission to edit this record",
      surface: 'test'
    }
  ]
})
