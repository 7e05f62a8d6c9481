import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'visualforce-markup-error',
  category: 'metadata',
  title: 'Visualforce markup is invalid: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>Unsupported attribute [^\n]{0,200}? in (?<page>\w+) at line (?<line>\d+) column (?<column>\d+))/,
    /(?<detail>Literal value is required for attribute [^\n]{0,200}? in (?<page>\w+) at line (?<line>\d+) column (?<column>\d+))/,
    /(?<detail><apex:\w+> can only be used with SObjects?[^\n]*)/,
    /(?<detail>Could not resolve the entity from (?:<apex:\w+> )?value binding [^\n]{1,300})/
  ],
  explanation:
    'The Visualforce compiler rejected a page or component: a tag carries an attribute it does not support, or an attribute that must be a literal is given an expression.',
  remediation: [
    'Open the page or component at the reported line and column and fix the tag ({detail}).',
    'Check the attribute against the standard component reference for the API version of the page.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.pages.meta/pages/pages_intro.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
