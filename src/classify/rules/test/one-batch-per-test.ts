import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'one-batch-per-test',
  category: 'test',
  title: 'The test started more than one batch execution',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/(?<detail>No more than one executeBatch can be called from within a test ?method)/i],
  explanation:
    'A test may run only one executeBatch, and `Test.stopTest()` runs a single chunk: the test created more records than the batch size (or started a second batch), so the test itself is wrong, not the org.',
  remediation: [
    'Create no more records than the batch size in the test, or pass a scope large enough that `Test.stopTest()` runs exactly one execute.',
    'Test a batch that chains another batch in two tests, one per batch.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_batch_interface.htm'],
  retryable: false
})
