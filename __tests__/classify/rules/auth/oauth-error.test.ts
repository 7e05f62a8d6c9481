import rule from '../../../../src/classify/rules/auth/oauth-error.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // an IDE's Metadata API call after a sandbox refresh, on a stale session (Illuminated Cloud tracker)
      text: 'UNKNOWN_EXCEPTION: Destination URL not reset.'
    },
    {
      // jsforce login against the wrong login URL (public issue)
      text: 'Error: Destination URL not reset. The URL returned from login must be set'
    },
    {
      // sf org login web failure posted in a forcedotcom/cli issue
      text: 'OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication. Please try again.',
      captures: { code: 'OAUTH_APPROVAL_ERROR_GENERIC' }
    },
    {
      // login page error quoted in a forcedotcom/cli issue
      text: "We can't authorize you because of an OAuth error. For more information, contact your Salesforce administrator. 1800 : There was a problem in setting up your remote access."
    },
    {
      // sfdx force:org:create in a CI log
      text: 'ERROR: hub org authorization failed',
      surface: 'log'
    }
  ],
  negatives: [
    {
      text: 'Successfully authorized ci@example.com with org ID 00D000000000001'
    },
    {
      text: 'The OAuth token was refreshed'
    }
  ]
})
