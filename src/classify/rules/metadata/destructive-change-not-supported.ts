import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'destructive-change-not-supported',
  category: 'metadata',
  title: 'This deletion is not supported through the Metadata API: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bCannot delete record type through (?:the )?API)/,
    /(?<detail>\bNo (?<type>\w+) named: (?<name>[^\n]{1,200}?) found)/,
    /(?<detail>\bcannot be deleted (?:through|via|using) (?:the )?(?:Metadata )?API[^\n]*)/i
  ],
  explanation:
    'The destructive changes ask Salesforce to delete something it will not delete through the API (record types), or name a component that does not exist in the target org.',
  remediation: [
    'Remove the entry the failure names from destructiveChanges.xml ({detail}).',
    'Deactivate record types instead of deleting them, or delete them by hand in Setup.',
    'Build destructive manifests from what exists in the target: `sf project generate manifest --from-org <alias>` to compare.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_deleting_files.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
