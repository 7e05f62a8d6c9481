import rule from '../../../../src/classify/rules/metadata/scratch-org-username-taken.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/sfdx-core, messages/user.md (invalidHttpResponseCreatingUser), for a user definition file
      text: 'Error (UserCreateHttpError): An invalid http response code (400) was received while trying to create a user. causes:\n\nDuplicate Username.<br>The username already exists in this or another Salesforce organization. Usernames must be unique across all Salesforce organizations.'
    },
    {
      // forcedotcom/sfdx-core, messages/scratchOrgErrorCodes.md (C-1007)
      text: "The username provided to the org:create command is already in use. Run 'force:org:list --clean' to remove stale org authentications or create the org with a different username."
    },
    {
      // Salesforce DX guide, scratch org error codes: the sign-up's own words
      text: 'Duplicate username.'
    },
    {
      // scratch org created from a definition with a fixed username
      text: 'The username "formulasharetestuser%orgName%@sfdx.org" already exists in this or another Salesforce org. Usernames must be unique across all Salesforce orgs.',
      captures: { username: 'formulasharetestuser%orgName%@sfdx.org' }
    }
  ],
  negatives: [
    // The same words inside a test's DML error: duplicate-username (test).
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATE_USERNAME, Duplicate Username.',
      surface: 'log'
    },
    {
      // a test inserting a duplicate user: duplicate-username
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATE_USERNAME, Duplicate Username.<br>The username already exists in this or another Salesforce organization. Usernames must be unique across all Salesforce organizations.'
    }
  ]
})
