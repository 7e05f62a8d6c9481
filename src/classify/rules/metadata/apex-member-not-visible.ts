import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-member-not-visible',
  category: 'metadata',
  title: 'Apex references a member it cannot see: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<!Package Visibility: )(?<detail>\b(?<kind>Method|Variable|Type) is not visible: (?<name>[^\n]+))/,
    /(?<detail>\bMethod (?:parameter|return) type \S+ is not visible for: [^\n]+)/
  ],
  explanation:
    'The code calls a method, reads a variable or uses a type whose access modifier hides it from the caller: private or protected in another class, or public inside a different namespace.',
  remediation: [
    'Raise the access of the member the failure names to public (or global across namespaces), or call a visible method instead ({detail}).',
    'For @TestVisible access from tests, annotate the private member with @TestVisible.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_access_modifiers.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
