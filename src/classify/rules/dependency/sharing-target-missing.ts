import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'sharing-target-missing',
  category: 'dependency',
  title: 'A sharing rule shares with {targetType} {target}, which the target org does not have',
  surfaces: ['component', 'log'],
  patterns: [
    /[Ss]haredTo not allowed:(?<targetType>role\w*|group|queue|territory\w*) - (?<target>[^\n(]+?)\s*(?:\(\d+:\d+\)|$)/m
  ],
  explanation:
    'Sharing rules name the role, group or territory they share with. That {targetType} does not exist in the target org (roles and groups are org data-like metadata and are often created by hand in production).',
  remediation: [
    'Deploy the {targetType} first (`sf project deploy start --metadata Role:<DeveloperName>` or `Group:<DeveloperName>`), or create it in the target org, then deploy the sharing rules.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_sharingrules.htm'],
  retryable: false
})
