import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'unable-to-lock-row',
  category: 'transient',
  title: 'Record lock contention: another transaction held the row (UNABLE_TO_LOCK_ROW)',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [
    /UNABLE_TO_LOCK_ROW[:,]?\s*unable to obtain exclusive access to this record(?: or (?<records>\d+) records)?/,
    /unable to obtain exclusive access to this record(?: or (?<records>\d+) records)?/,
    /\bUNABLE_TO_LOCK_ROW\b/,
    /Record Currently Unavailable: The record you are attempting to edit, or one of its related records, is currently being modified by another user/
  ],
  explanation:
    'A row (or its parent, for master-detail and lookup skew) was locked by another transaction for longer than the 10-second wait. In deploys this is usually tests running in parallel on the same records, or background jobs and integrations touching them; it is not a defect in the component or test itself.',
  remediation: [
    'Rerun the deploy or test run; lock contention rarely repeats.',
    'If it recurs, find the concurrent work (parallel test classes sharing data, scheduled jobs, integrations) and avoid it, e.g. enable "Disable Parallel Apex Testing" in Apex Test Execution options.',
    'In tests, create the records each test needs instead of sharing org data, and avoid many children on one parent record.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_locking_statements.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_best_practices.htm'
  ],
  retryable: true
})
