import rule from '../../../../src/classify/rules/auth/login-user-restricted.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx-core refreshTokenAuthError template with the Salesforce OAuth description for a deactivated user
      text: 'RefreshTokenAuthError: Error authenticating with the refresh token due to: inactive user',
      captures: { reason: 'inactive user' }
    },
    {
      // JwtAuthError attempt list with the OAuth description for login IP ranges
      text: 'Error authenticating with JWT.\nErrors encountered:\nip restricted',
      captures: { reason: 'ip restricted' }
    },
    {
      // the fault code from the API's ExceptionCode list, with our own text after it: no real message was found
      text: 'LOGIN_ERROR: PASSWORD_LOCKOUT: The user has exceeded the number of allowed login attempts.',
      surface: 'cli',
      captures: { reason: 'PASSWORD_LOCKOUT' }
    },
    {
      // a SOAP fault's code and string in the shape other sf: faults print (our text, as above)
      text: 'sf:ORG_LOCKED: ORG_LOCKED',
      surface: 'log',
      captures: { reason: 'ORG_LOCKED' }
    },
    {
      // the OAuth token endpoint's error code and description for a deactivated user, as a JSON body
      text: '{"error":"inactive_user","error_description":"user is inactive"}',
      surface: 'cli',
      captures: { reason: 'inactive_user' }
    },
    {
      // the LoginFault code from the API's ExceptionCode list (our framing, as above)
      text: 'INVALID_LOGIN: LOGIN_DURING_RESTRICTED_DOMAIN',
      surface: 'cli',
      captures: { reason: 'LOGIN_DURING_RESTRICTED_DOMAIN' }
    }
  ],
  negatives: [
    {
      // an admin-setup lock while another deployment runs: transient, not a locked org
      text: "ALREADY_IN_PROCESS: The changes you requested require salesforce.com to temporarily lock your organization's administration setup.",
      surface: 'cli'
    },
    {
      text: 'System.AssertException: Assertion Failed: inactive user should not be assigned',
      surface: 'log'
    },
    // a field named like the code, in a test's own failure
    {
      text: 'System.AssertException: Assertion Failed: Expected: true, Actual: false (is_inactive_user__c)',
      surface: 'log'
    }
  ]
})
