import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'named-value-not-in-org',
  category: 'dependency',
  title: '`{name}` is not a {type} the target org has',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/(?:^|\n)(?<name>[^\s'"]{1,200}) isn't a valid value for (?<type>[A-Z][\w ]{2,60}?)\.?(?=\n|$)/],
  explanation:
    'The component refers to the {type} `{name}` by name, and the target org has no {type} by that name: it is not deployed yet, was renamed, or comes from a feature or package the org lacks.',
  remediation: [
    'Deploy the {type} `{name}` with this component or before it, or correct the name.',
    'If it belongs to a feature or package, enable or install that in the target org first.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false
})
