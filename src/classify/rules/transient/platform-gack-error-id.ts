import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'platform-gack-error-id',
  category: 'transient',
  title: 'Salesforce hit an internal error (gack) while processing the request',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /An unexpected error occurred\. Please include this ErrorId if you contact support: (?<errorId>-?\d+-\d+(?: \(-?\d+\))?)/,
    /Internal Salesforce Error: (?<errorId>\d+-\d+ \(-?\d+\))/,
    /An unexpected error has occurred\. (?<errorId>\d+-\d+ \(-?\d+\))/,
    /Salesforce System Error: (?<errorId>\d+-\d+ \(-?\d+\))/,
    /\bUNKNOWN_EXCEPTION: An unknown exception occurred/,
    // A bare id is a gack; the same shape after "Error ID: " belongs to a flow fault, which names its own cause.
    /(?<!Error ID: )(?<errorId>\b\d{6,10}-\d{3,7} \(-?\d{7,10}\))/,
    /\bAn unknown exception occurred\b/,
    // The status code with nothing after it but the position (old sfdx tables) or a restatement: a gack
    // whose ErrorId the tool dropped. A cause after the code ("UNKNOWN_EXCEPTION, INVALID_TYPE: …") is not this.
    /\bUNKNOWN_EXCEPTION \(\d+:\d+\)/,
    /^(?:Error(?: \(\d+\))?: )?UNKNOWN_EXCEPTION(?:: (?:UNKNOWN_EXCEPTION|An unexpected error occurred\.?))?\s*$/
  ],
  explanation:
    'An unhandled exception inside Salesforce (a "gack") failed the request; the ErrorId identifies it in Salesforce\'s logs. Many are one-off server faults that pass on a second run; one that repeats with the same input is a platform bug.',
  remediation: [
    'Rerun the deploy or test once.',
    'If it fails again the same way, deploy the component alone to find the trigger, then open a Salesforce support case quoting the ErrorId from the message.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: true
})
