import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'duplicate-picklist-value',
  category: 'metadata',
  title: 'A picklist or list in the metadata repeats a value: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bDuplicate (?:label|Label|picklist value|value): [^\n]+)/,
    /(?<detail>\bField:\s?(?<field>[^,\n]{1,200}), value:\s?(?<value>[^\n]{1,200}?) appears more than once)/
  ],
  explanation:
    'A picklist, global value set or other list in the file contains the same label or value twice, usually after a merge that kept both sides.',
  remediation: [
    'Open the file named in the failure and remove the repeated entry ({detail}).',
    'Check merge results in picklist and value-set files before deploying.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
