import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-test-failure-line',
  category: 'test',
  title: 'Apex test {testName} failed',
  surfaces: ['cli', 'log'],
  patterns: [
    /(?:^|\n)(?<testName>\w+\.\w+(?:\.\w+)?) - (?<detail>[\w.]*Exception: [^\n]*)/,
    /Test failure, method: (?<testName>[\w.]+) -- (?<detail>[^\n]+)/,
    /(?:^|\n)\d+\.\s+(?<testName>\w+\.\w+(?:\.\w+)?) -- (?<detail>[^\n]+)/
  ],
  explanation:
    'The deployment ran Apex tests and at least one failed; the CLI or tool printed the failing test and its message in its summary.',
  remediation: [
    'Read the message after the test name; re-run the test alone: `sf apex run test --tests {testName} --synchronous --target-org <org>`.',
    'See the full stack traces with `sf project deploy report --job-id <id> --json` (details.runTestResult.failures).'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing.htm'],
  retryable: false
})
