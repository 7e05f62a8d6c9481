import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'global-value-set-unresolved',
  category: 'dependency',
  title: 'Global value set {valueSet} cannot be found in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Global value set '(?<valueSet>[^'\n]+)'[^\n]*? cannot be resolved/],
  explanation:
    'A record type (or picklist field) uses the global value set {valueSet}, which is neither in the target org nor in this deployment.',
  remediation: [
    'Deploy the value set first: `sf project deploy start --metadata GlobalValueSet:{valueSet}`.',
    'Or remove the picklist from the record type in the source if it is no longer used.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_globalvalueset.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_recordtype.htm'
  ],
  retryable: false
})
