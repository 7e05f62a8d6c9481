import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'matching-rule-not-active',
  category: 'metadata',
  title: 'A duplicate rule needs its matching rules active',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /\ball associated matching rules must be active\b/i,
    /\bmatching rules? (?:must|needs? to) be active\b/i
  ],
  explanation:
    'A duplicate rule can only be active when every matching rule it uses is active and has its fields mapped. Matching rules deploy inactive, or activate asynchronously, so an active duplicate rule in the same deploy can fail.',
  remediation: [
    'Deploy the MatchingRules first and activate them (Setup › Matching Rules), wait for activation to finish, then deploy the DuplicateRule.',
    'Or deploy the duplicate rule inactive (`<isActive>false</isActive>`) and activate it after the matching rules.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_duplicaterule.htm'],
  retryable: false
})
