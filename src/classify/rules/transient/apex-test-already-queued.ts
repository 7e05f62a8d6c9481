import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-test-already-queued',
  category: 'transient',
  title: 'An earlier run of the same Apex test is still queued in the org',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/\bThis test is already in the execution queue\b/],
  explanation:
    "The org refuses to queue a test class that an earlier run (another job, a developer, a scheduled run) has queued and not finished. Nothing is wrong with the test; the org's Apex test queue is busy with it.",
  remediation: [
    'Wait for the earlier run to finish (Setup > Apex Test Execution), or abort it there, then run the tests again.',
    'If pipelines keep colliding, let only one job run tests in an org at a time (a concurrency group in GitHub Actions).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_unit_tests_running.htm'
  ],
  retryable: true
})
