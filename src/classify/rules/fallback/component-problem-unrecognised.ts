import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'component-problem-unrecognised',
  category: 'metadata',
  title: 'The component was rejected by the org',
  surfaces: ['component'],
  patterns: [/^/],
  explanation:
    'Salesforce rejected this component with a message the catalog does not recognise yet. The message itself is the best guide; it usually names the element or field at fault.',
  remediation: [
    'Read the problem text against the component file at the line given.',
    'Deploy the component alone with `sf project deploy start --metadata <Type>:<Name> --dry-run` to iterate quickly.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false,
  catchAll: true
})
