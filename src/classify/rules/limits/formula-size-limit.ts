import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'formula-size-limit',
  category: 'limits',
  title: 'A formula is over the size Salesforce allows',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /\bCompiled formula is too big to execute \((?<size>[\d,]+) characters\)/,
    /\bFormula is too long \((?<size>[\d,]+) characters\)\. Maximum length is\b/
  ],
  explanation:
    'Formula fields are limited to 3,900 characters of text and 5,000 bytes once compiled; the compiled size includes every formula field it references, expanded in place, so editing a referenced field can push another formula over the limit.',
  remediation: [
    'Shorten the formula: replace repeated sub-expressions with a helper formula field only if that field is itself small, use CASE instead of nested IFs, and drop references to large formula fields.',
    'Move the logic to a flow, trigger or Apex-computed field when it cannot fit.'
  ],
  docs: ['https://help.salesforce.com/s/articleView?id=sf.fields_formula_limits.htm&type=5'],
  retryable: false
})
