import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'named-value-not-in-org',
  category: 'dependency',
  title: '`{name}` is not a {type|value} the target org has',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?:^|\n)(?<name>[^\s'"]{1,200}) isn't a valid value for (?<type>[A-Z][\w ]{2,60}?)\.?(?=\n|$)/,
    // The Apex compiler on an annotation naming what the org lacks (a custom permission in
    // @AuraEnabled's requiredPermission).
    /\bAnnotation property, \w+ on \w+, value is not valid in your org: (?<name>[\w.]{1,200})/
  ],
  explanation:
    'The component refers to the {type|value} `{name}` by name, and the target org has no {type|value} by that name: it is not deployed yet, was renamed, or comes from a feature or package the org lacks.',
  remediation: [
    'Deploy the {type|value} `{name}` with this component or before it, or correct the name.',
    'If it belongs to a feature or package, enable or install that in the target org first.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false
})
