import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'package-member-not-visible',
  category: 'metadata',
  title: 'A managed-package {kind} is not visible to this code',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /Package Visibility: (?<kind>Type|Method|Variable|Field|Constructor) is not visible(?::\s*(?<member>[\w.]+))?/
  ],
  explanation:
    'The code calls a member of a managed package that is not `global`: outside its own namespace, a package exposes only its global classes and members, however public the rest is. The code has to change; installing the package again does not help, unless a newer version made the member global.',
  remediation: [
    "Call the package's global API instead (its documentation lists it), or ask the publisher to expose the member.",
    'If a newer version of the package made the member global, upgrade the package in the target org to it.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_access_modifiers.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm'
  ],
  retryable: false
})
