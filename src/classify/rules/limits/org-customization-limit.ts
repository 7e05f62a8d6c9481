import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-customization-limit',
  category: 'limits',
  title: 'A Salesforce limit on customizations was reached: {limit}',
  surfaces: ['component', 'cli', 'log', 'test'],
  patterns: [
    // The API's StatusCode values for caps on customizations: per org (objects, fields, tabs, settings),
    // per object (tracked fields) and per component (actions per rule, components per dashboard).
    /(?<limit>CUSTOM_ENTITY_OR_FIELD_LIMIT|CUSTOM_(?:CLOB_FIELD|FIELD_INDEX|LINK|METADATA|SETTINGS|TAB)_LIMIT_EXCEEDED|(?:FILTERED_LOOKUP|TABSET|WEBLINK_SIZE)_LIMIT_EXCEEDED|NUM_HISTORY_FIELDS_BY_SOBJECT_EXCEEDED|MAX_(?:ACTIONS_PER_RULE|ACTIVE_RULES|APPROVAL_STEPS|FORMULAS_PER_RULE|RULE_ENTRIES|RULES|TM_RULES|TM_RULE_ITEMS|TRIGGERS)_EXCEEDED|MAXIMUM_DASHBOARD_COMPONENTS_EXCEEDED|MAXIMUM_HIERARCHY_(?:LEVELS|CHILDREN|TREE_SIZE)_REACHED)\b/,
    /(?<limit>Custom metadata limit exceeded)/i,
    /You(?: have|'ve) reached the maximum number of (?<limit>[^.\n]{3,120})/,
    /\breached (?:the )?maximum number of (?<limit>custom [a-z ]{2,60})/i,
    // The per-object cap on spanning relationships, as a deploy of the formula that crosses it reports it.
    /\b(?<limit>\d+ unique relationships while only \d+ are allowed)\b/,
    // A component over its own size cap.
    /\b(?<limit>static resource cannot exceed \d+ ?MB)\b/i
  ],
  explanation:
    'Editions cap how many custom objects, fields per object, tabs, custom settings, custom metadata records, lookup filters and rules an org may hold, and some components cap their own size (tracked fields per object, objects its formulas may reach through relationships, actions per rule, components per dashboard, levels of a hierarchy). The deploy goes one past such a cap; deleted but not yet erased fields still count.',
  remediation: [
    'Compare usage against the allowance in Setup > Object Manager > (object) > Object Limits, or Setup > Custom Metadata Types for metadata records.',
    'Erase deleted fields (Deleted Fields list) and remove unused components, then deploy again.',
    'If the components are all needed, ask Salesforce to raise the limit or move data to a related object.',
    'For the spanning-relationship cap, reduce the objects the formulas, validation rules and workflow of that object reach; for a component’s own size cap (a static resource over 5 MB), split or compress it, or host the file elsewhere.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_metadata.htm'
  ],
  retryable: false
})
