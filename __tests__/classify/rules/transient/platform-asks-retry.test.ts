import rule from '../../../../src/classify/rules/transient/platform-asks-retry.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // salesforce-alm (the sfdx toolbelt), messages IndexErrorProcessor.server500
    {
      text: 'The salesforce.com servers are temporarily unable to respond to your request. We apologize for the inconvenience.\nThank you for your patience, and please try again in a few moments.',
      surface: 'cli'
    },
    // salesforce-alm (the sfdx toolbelt), messages signup.MyDomainResolverTimeoutError
    {
      text: 'Error (MyDomainResolverTimeoutError): Successfully created org with ID: 00D1y0000000001EAA and name: Acme CI Scratch. However, the My Domain URL https://speed-power-4021-dev-ed.my.salesforce.com has not finished propagating. Some commands may not work as expected until the My Domain DNS propagation is complete.',
      surface: 'cli'
    },
    {
      // joeferraro/MavensMate-SublimeText issue 738
      text: 'Code coverage from running this test class was not applied due to a conflicting recompilation task running at the same time. Please rerun this test class to recalculate code coverage.',
      surface: 'coverage'
    },
    {
      // amtrack/sfdx-browserforce-plugin PR 118: a new org's My Domain not yet in DNS
      text: 'An error has occurred in the following section: [Exception, DomainNotPropagated_desc].\nSalesforce.com has been notified of this error.',
      surface: 'cli'
    },
    {
      // sfdx-core's text for sign-up code C-1015
      text: 'We encountered a problem while registering your My Domain value with the DNS provider. Please try again.',
      surface: 'cli'
    },
    {
      // sfdx-core's StillInProgressError while the sign-up finishes
      text: "The scratch org isn't ready yet (Status = Creating).",
      surface: 'cli'
    },
    {
      // sfpowerscripts scratch org pool empty
      text: 'ERROR running sfpowerscripts:pool:fetch: No scratch org available at the moment for dev, try again in sometime.'
    },
    {
      // package install right after version create
      text: 'ERROR running force:package:install: The package version is not fully available. If this is a recently created package version, try again in a few minutes or contact the package publisher.'
    },
    {
      // Apex compile under platform load
      text: 'Too many concurrent Apex compilations during resource mitigation'
    },
    {
      // forcedotcom/cli issues, scratch org signup
      text: 'The request to create a scratch org failed with error code: C-1034.',
      captures: { code: 'C-1034' }
    },
    {
      // forcedotcom/cli issue, force:org:create
      text: 'ERROR running force:org:create: An unknown server error occurred. Please try again. If you still see this error, contact Salesforce support for assistance. Include this error ID: 123456789-12345'
    },
    {
      // sf org create scratch failure in a forcedotcom/cli issue
      text: 'A fatal signup error occurred. Please try again. If you still see this error, contact Salesforce Support for assistance.'
    },
    {
      // sfdx 7 log in a forcedotcom/cli issue
      text: 'ERROR running force:auth:web:login: retry your request',
      surface: 'log'
    }
  ],
  negatives: [
    // an org's own validation rule and a test quoting the app's text are not the platform asking
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Booking is full, try again later: []',
      surface: 'test'
    },
    {
      text: 'Try again after fixing the required field'
    },
    {
      text: 'Please try a different username'
    }
  ]
})
