import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'tab-not-valid',
  category: 'dependency',
  title: 'Tab {tab} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/You can't edit tab settings for (?<tab>[^\s,]+), as it's not a valid tab/],
  explanation:
    'A profile or permission set sets the visibility of the tab {tab}, which the target org does not have: a custom tab not deployed yet, or a standard tab whose feature is off.',
  remediation: [
    'If {tab} is a custom tab, deploy it first: `sf project deploy start --metadata CustomTab:{tab}`.',
    'If it is a standard tab, enable its feature in the target org or remove its `tabSettings`/`tabVisibilities` entry.',
    'When the tab is in the same deployment and this appears only sometimes, deploy the tab first and the profile after it.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_customtab.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_profile.htm'
  ],
  retryable: false
})
