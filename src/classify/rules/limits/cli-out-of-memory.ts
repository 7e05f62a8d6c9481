import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'cli-out-of-memory',
  category: 'limits',
  title: 'The CLI ran out of memory on the runner',
  surfaces: ['cli', 'log'],
  patterns: [
    /\bJavaScript heap out of memory\b/,
    /\bIneffective mark-compacts near heap limit\b/,
    /\bReached heap limit Allocation failed\b/
  ],
  explanation:
    "Node.js stopped the CLI when it reached its heap limit, which by default is a fraction of the runner's memory. Large retrieves, deploys of big projects, source conversion and coverage reports of large orgs need more. It is not a Salesforce failure, and rerunning with the same memory fails the same way.",
  remediation: [
    "Give Node more heap for the step: `NODE_OPTIONS=--max-old-space-size=8192` (in megabytes, below the runner's memory).",
    'Deploy or retrieve in smaller parts (several `--source-dir`/`--manifest` runs), or use a runner with more memory.'
  ],
  docs: ['https://nodejs.org/api/cli.html#--max-old-space-sizesize-in-mib'],
  retryable: false
})
