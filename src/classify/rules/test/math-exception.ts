import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'math-exception',
  category: 'test',
  title: 'An arithmetic error in Apex: {detail}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/MathException: (?<detail>[^\n]*)/, /(?<detail>Divide by 0)/],
  explanation:
    'A calculation failed at runtime, most often a division where the divisor is zero because the test data leaves a quantity or total empty.',
  remediation: [
    'Guard the calculation at the stack trace line against zero or null divisors.',
    'Give the test data realistic non-zero values.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_classes_exception_methods.htm'
  ],
  retryable: false
})
