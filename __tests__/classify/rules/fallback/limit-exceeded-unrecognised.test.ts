import rule from '../../../../src/classify/rules/fallback/limit-exceeded-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/salesforcedx-vscode issue 1570: the Apex Interactive Debugger's session licences
      text: 'You exceeded your licensed number of debugging sessions.  Please end other sessions or purchase more.',
      surface: 'cli'
    },
    {
      // retrieve of a large org
      text: 'LIMIT_EXCEEDED: Too many files in retrieve call',
      captures: { limit: 'LIMIT_EXCEEDED' }
    },
    {
      // NebulaLogger install
      text: 'You reached the limit for dashboards run as the logged-in user.'
    },
    {
      // forcedotcom/cli issue: field history tracking on deploy
      text: 'exceeded the allowed number of fields to track on a given entity'
    },
    {
      text: 'MAX_APEX_CODE_SIZE_LIMIT_EXCEEDED',
      captures: { limit: 'MAX_APEX_CODE_SIZE_LIMIT_EXCEEDED' }
    },
    {
      text: 'The number of custom settings exceeds the maximum allowed for your organization'
    },
    {
      // timeline-lwc install, the second sentence of the org's refusal on its own
      text: 'Your organization has reached its custom metadata maximum limit.'
    },
    {
      // Milestones PM install: a Chatter cap, as the test's DML reported it
      text: 'LIMIT_EXCEEDED, Maximum per user subscription limit reached.',
      surface: 'test'
    },
    { text: 'EXCEEDED_ID_LIMIT: record limit reached. cannot submit more than 200 records into this call' }
  ],
  negatives: [
    // other tools' caps, read from the same log
    { text: 'Error: reached the maximum number of retries', surface: 'log' },
    { text: 'Process exceeded the memory limit', surface: 'log' },
    {
      text: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      surface: 'log'
    },
    {
      text: "remote: error: File dist/big.zip is 120 MB; this exceeds GitHub's file size limit of 100.00 MB",
      surface: 'log'
    },
    { text: 'Cannot add more than 1 source directory', surface: 'log' },
    { text: 'Request body is too large: maximum 10MB', surface: 'log' },
    {
      text: 'Request exceeded the time limit for processing'
    },
    {
      text: 'No limit was set on the query'
    },
    // a value longer than its field is a data or metadata mistake, not an org cap
    { text: 'Value too long for field: Description maximum length is:255' },
    { text: 'Exceeded maximum of 25 consecutive retryable errors.', surface: 'cli' }
  ]
})
