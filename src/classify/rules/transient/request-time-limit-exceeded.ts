import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'request-time-limit-exceeded',
  category: 'transient',
  title: 'Salesforce cancelled the request for running too long',
  surfaces: ['test', 'cli', 'log', 'component'],
  patterns: [
    /Your request exceeded the time limit for processing/,
    /\bREQUEST_RUNNING_TOO_LONG\b/,
    /\bYour request was running for too long, and has been stopped\b/
  ],
  explanation:
    'The server cancelled the request or test when it exceeded its wall-clock time limit. With Apex tests it shows up when many tests run in parallel and compete for the org; the same test usually passes on a quieter run.',
  remediation: [
    'Rerun the tests or deploy.',
    'If it recurs for the same tests, run them without parallelism (Setup > Apex Test Execution > Disable Parallel Apex Testing) or speed up their setup data.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_best_practices.htm'
  ],
  retryable: true
})
