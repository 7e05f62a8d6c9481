import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'dependent-class-invalid',
  // The class this one depends on does not compile; when the message says why, that cause decides.
  category: 'dependency',
  title: '{dependentOn} is broken, so everything that uses it fails to compile',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /Dependent class is invalid and needs recompilation:\s*(?:Class |Trigger )?(?<dependentOn>[\w.]+)(?:\s*:\s*(?<inner>[\s\S]+))?/
  ],
  explanation:
    'Apex compiles a class together with what it references. When {dependentOn} does not compile, every class, trigger and test that uses it fails with this message; the real error is the one inside it.',
  remediation: ['Fix {dependentOn} first; the components that depend on it will compile once it does.'],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_version_settings.htm'
  ],
  retryable: false,
  innerCapture: 'inner'
})
