import rule from '../../../../src/classify/rules/transient/http-server-error.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // The org's error page with its markup stripped, and an HTTP client naming only the reason phrase.
    // The texts are the page's and the status line's.
    { text: 'An internal server error has occurred. An error has occurred while processing your request.' },
    { text: 'HTTPError: Bad Gateway' },
    {
      // plugin-trust, installationVerification.ts, filled with a 503 (the filling is ours)
      text: 'A request to url https://developer.salesforce.com/media/salesforce-cli/sfdx-cli-03032020.crt failed with error code: [503]',
      captures: { status: '503' }
    },
    {
      // salesforcedx-apex, i18n.ts (unexpectedExecAnonError), filled with axios' wording for a 503 (the filling is ours)
      text: 'Unexpected error while executing anonymous apex. Request failed with status code 503',
      captures: { status: '503' }
    },
    // got's wording (the text is ours)
    { text: 'Error (1): Response code 502 (Bad Gateway)', captures: { status: '502' } },
    {
      // Apache's 503 page in front of an instance, as the CLI prints it
      text: 'Error (1): The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.',
      surface: 'cli'
    },
    {
      // a 500 from the org surfaced by older sfdx as plain text
      text: 'Error: errorInternal Server Error'
    },
    {
      // jsforce errorCode for a non-JSON 503 body
      text: 'ERROR_HTTP_503: <html><body>Service Unavailable</body></html>',
      captures: { status: '503' }
    },
    {
      // forcedotcom/cli#860
      text: 'SfdxError: \n\n\n\n\n\n<html>\n<head><title>An internal server error has occurred</title></head>\n<body>An error has occurred while processing your request. The salesforce.com support team has been notified of the problem.</body></html>',
      surface: 'log'
    },
    {
      // jsforce http-api.ts html body message
      text: 'HTTP response contains html content.\nCheck that the org exists and can be reached.\n\nHTTP status code: 502.\nREST API Status Codes and Error Responses:\nhttps://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm',
      captures: { status: '502' }
    },
    {
      // restforce#156: the API fault code for an overloaded server
      text: 'Faraday::ClientError: SERVER_UNAVAILABLE: Server too busy'
    }
  ],
  negatives: [
    { text: 'ERROR_HTTP_431' },
    // A gateway in the sentence, not a gateway's answer: the text is ours.
    { text: 'Payment gateway timeout settings are invalid for this org' }
  ]
})
