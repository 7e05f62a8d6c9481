import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'field-type-change-not-allowed',
  category: 'metadata',
  title: 'The field type cannot be changed this way: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bCannot update a field (?<direction>to|from) an? (?<fieldType>[\w ,]{1,80}?) (?:from|to) something else)/,
    /(?<detail>\bCannot change which global value set this picklist uses)/,
    /(?<detail>\bcannot create a new Master-Detail relationship on an existing custom object if records already exist[^\n]*)/i,
    /(?<detail>\b(?:Cannot|can't|You cannot) change (?:the )?(?:data |field )?type\b[^\n]*)/
  ],
  explanation:
    "The deploy changes a field's type in a way the platform will not do in place: existing data cannot be converted, formula and roll-up fields cannot become stored fields (or the reverse), and a lookup becomes master-detail only when every record has a value.",
  remediation: [
    'Decide whether the type change is needed ({detail}); if not, deploy the field with the type it has in the target org.',
    'Otherwise change it in steps: create a new field with the new type, migrate the data, switch references, then delete the old field with a destructive change.',
    'For lookup to master-detail, fill the lookup on every record first, then change the type in Setup.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
