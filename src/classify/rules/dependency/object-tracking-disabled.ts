import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'object-tracking-disabled',
  category: 'dependency',
  title: '{object} does not have {tracking} enabled in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /\bThe entity: (?<object>\w+) does not have (?<tracking>(?:field )?history tracking|feed tracking) enabled\b/
  ],
  explanation:
    'The component tracks fields of {object} (a field with trackHistory or trackFeedHistory set, a history related list), but {tracking} is switched off on the object itself in the target org, and the deployment does not switch it on.',
  remediation: [
    'Deploy {object} with tracking enabled in the same deployment (`enableHistory` or `enableFeeds` set to true in its object definition), or enable it in Setup > Object Manager > {object} > Fields & Relationships > Set History Tracking.',
    'For a standard object in a scratch org, the definition file can enable it through its settings before the source is pushed.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm',
    'https://help.salesforce.com/s/articleView?id=sf.tracking_field_history.htm&type=5'
  ],
  retryable: false
})
