import rule from '../../../../src/classify/rules/auth/org-expired-or-deleted.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // a CLI log committed to vmohanraj44/MyLWC (.sf/sf.log)
      text: "Error connecting to devhub ci-devhub@example.com\n{ name: 'NoActiveScratchOrgFound', exitCode: 1 }",
      surface: 'cli'
    },
    {
      // sfdx-core's message for the ScratchOrgDeletedError sign-up code
      text: "That scratch org has been deleted, so you can't connect to it anymore."
    },
    {
      // forcedotcom/cli#2045
      text: 'Error (1): Attempting to delete an expired or deleted org'
    },
    {
      // sfdx-core messages/core.md orgDataNotAvailableError
      text: "OrgDataNotAvailableError: An attempt to refresh the authentication token failed with a 'Data Not Found Error'. The org identified by username test-abc@example.com does not appear to exist. Likely cause is that the org was deleted by another user or has expired."
    },
    {
      // forcedotcom/sfdx-core#89 (HTML page from an expired scratch org)
      text: 'ERROR:\n<div style="display:none;" id="errorTitle">Data Not Available</div>\n<div style="display:none;" id="errorDesc">The data you were trying to access could not be found. It may be due to another user deleting the data or a system error.',
      surface: 'log'
    },
    {
      // SalesforceAIResearch/CRMArena#19: a login to a trial org past its end date
      text: 'simple_salesforce.exceptions.SalesforceAuthenticationFailed: API_CURRENTLY_DISABLED: Your trial has expired.',
      surface: 'cli'
    },
    {
      // the fault code from the API's ExceptionCode list, with our own text after it: no real message was found
      text: 'LOGIN_ERROR: TRIAL_EXPIRED: The trial period for this organization has expired.',
      surface: 'cli'
    }
  ],
  negatives: [
    { text: 'Scratch org expires on 2026-12-01. Delete it with sf org delete scratch.' },
    { text: 'Your trial of Salesforce Shield ends in 7 days.', surface: 'log' }
  ]
})
