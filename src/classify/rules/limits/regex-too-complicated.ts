import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'regex-too-complicated',
  category: 'limits',
  title: 'An Apex regular expression hit the platform limit: Regex too complicated',
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?<limit>Regex too complicated)/],
  explanation:
    'Apex stops a regular expression when matching it takes too many steps (1,000,000 state transitions). Large inputs combined with backtracking patterns such as nested quantifiers or `.*` alternations exceed it.',
  remediation: [
    'Simplify the pattern: remove nested quantifiers and prefer negated character classes over `.*`.',
    'Split the input into smaller pieces (for example line by line) before matching.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_classes_pattern_and_matcher_using.htm'
  ],
  retryable: false
})
