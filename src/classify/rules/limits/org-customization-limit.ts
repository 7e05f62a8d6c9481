import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-customization-limit',
  category: 'limits',
  title: 'The org has reached a customization limit: {limit}',
  surfaces: ['component', 'cli', 'log', 'test'],
  patterns: [
    /(?<limit>CUSTOM_ENTITY_OR_FIELD_LIMIT|CUSTOM_FIELD_INDEX_LIMIT_EXCEEDED|CUSTOM_LINK_LIMIT_EXCEEDED|CUSTOM_TAB_LIMIT_EXCEEDED|CUSTOM_METADATA_LIMIT_EXCEEDED|FILTERED_LOOKUP_LIMIT_EXCEEDED|MAX_ACTIVE_RULES_EXCEEDED|MAX_RULES_EXCEEDED)/,
    /(?<limit>Custom metadata limit exceeded)/i,
    /You(?: have|'ve) reached the maximum number of (?<limit>[^.\n]{3,120})/
  ],
  explanation:
    'Editions cap how many custom objects, fields per object, tabs, custom metadata records, lookup filters and similar components an org may hold. The deploy adds one more than the target org allows; deleted but not yet erased fields still count.',
  remediation: [
    'Compare usage against the allowance in Setup > Object Manager > (object) > Object Limits, or Setup > Custom Metadata Types for metadata records.',
    'Erase deleted fields (Deleted Fields list) and remove unused components, then deploy again.',
    'If the components are all needed, ask Salesforce to raise the limit or move data to a related object.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_metadata.htm'
  ],
  retryable: false
})
