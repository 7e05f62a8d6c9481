import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'standard-component-change-not-allowed',
  category: 'metadata',
  title: 'Standard components cannot be changed this way: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bThe (?<type>\w+) called '(?<name>[^'\n]+)' is standard and cannot be deleted)/,
    /(?<detail>\bis standard and cannot be (?:deleted|renamed|modified))/,
    /(?<detail>\bCannot (?:rename|delete|modify) (?:a |the )?standard [^\n]+)/i,
    // A permission Salesforce fixes on standard profiles, retired ones included.
    /(?<detail>\bYou may not modify the permission [^\n]{1,200}? while editing a Standard Profile)/
  ],
  explanation:
    'The deploy renames, deletes or reshapes a standard component (object, field, profile, value set, translation), which Salesforce does not allow through the Metadata API.',
  remediation: [
    'Remove the standard component from the destructive changes or the rename ({detail}).',
    'Change labels of standard objects with Rename Tabs and Labels, and disable features instead of deleting their standard components.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_deleting_files.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
