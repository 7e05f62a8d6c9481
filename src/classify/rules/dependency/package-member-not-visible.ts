import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'package-member-not-visible',
  category: 'dependency',
  title: 'A managed-package {kind} is not visible to this code',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /Package Visibility: (?<kind>Type|Method|Variable|Field|Constructor) is not visible(?::\s*(?<member>[\w.]+))?/
  ],
  explanation:
    'The code calls a member of a managed package that is not `global` in the installed version, or that the installed package version does not have yet.',
  remediation: [
    'Install or upgrade the managed package in the target org to the version the code was written against.',
    "If the member is not global in any version, call the package's public (global) API instead."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_access_modifiers.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm'
  ],
  retryable: false
})
