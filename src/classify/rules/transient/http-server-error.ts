import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'http-server-error',
  category: 'transient',
  title: 'Salesforce returned a server error (HTTP 5xx)',
  surfaces: ['cli', 'log'],
  patterns: [
    /\bERROR_HTTP_(?<status>5\d\d)\b/,
    // HTTP clients' own words for a 5xx answer: axios (apex-node, plugins), got, jsforce.
    /\b(?:Request failed with status code|HTTP status code:?|Response code) (?<status>5\d\d)\b/,
    // plugin-trust's download of the CLI's signing certificate ("failed with error code: [503]").
    /\bfailed with error code: \[(?<status>5\d\d)\]/,
    /HTTP response contains html content\.[\s\S]{0,300}?HTTP status code: (?<status>5\d\d)/,
    // The org's error page, as a title or as text once the page's markup is stripped.
    /\bAn internal server error has occurred\b/,
    /An error has occurred while processing your request\. The salesforce\.com support team has been notified/,
    /\b(?<status>50[234]) (?:Service Unavailable|Bad Gateway|Gateway Time-?out)\b/,
    // The status line's reason phrase on its own ("HTTPError: Bad Gateway"), in its title case.
    /\b(?:Bad Gateway|Gateway Time-?out)\b/,
    /\bServer temporarily unavailable\b/i,
    // The API fault code for a server the call needs being down or overloaded ("Server too busy").
    /\bSERVER_UNAVAILABLE\b/,
    /\btemporarily unable to service your request due to maintenance downtime or capacity problems\b/,
    /\bis down for maintenance\b/,
    /Unexpected internal servlet state/,
    /Internal Server Error\b/
  ],
  explanation:
    'The org or a gateway in front of it failed to serve the request (internal error, overload, maintenance window). These clear by themselves.',
  remediation: [
    "Check https://status.salesforce.com for the org's instance.",
    'Check whether the deployment started (`sf project deploy report`), then rerun.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm'],
  retryable: true
})
