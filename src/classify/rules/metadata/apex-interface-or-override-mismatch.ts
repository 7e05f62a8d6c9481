import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-interface-or-override-mismatch',
  category: 'metadata',
  title: 'Apex class does not fit its interface or parent class: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<detail>\bClass (?<className>[\w.]+) must implement the (?:abstract )?method: (?<method>[^\n]+))/,
    /(?<detail>@Override specified for non-overriding method: [^\n]+)/,
    /(?<detail>\bMethod must use the override keyword: [^\n]+)/,
    /(?<detail>\bNon-virtual, non-abstract methods cannot be overridden: [^\n]+)/,
    /(?<detail>\bCannot reduce the visibility of method: [^\n]+)/,
    /(?<detail>Overriding implementations of global or public interface methods must be global or public[^\n]*)/,
    /(?<detail>\bMethod return types clash: [^\n]+)/,
    /(?<detail>\bNon-virtual and non-abstract type cannot be extended: [^\n]+)/,
    /(?<detail>\bAbstract classes cannot be constructed: [^\n]+)/,
    /(?<detail>\bCannot override static method: [^\n]+)/,
    /(?<detail>\b(?:Generic )?Interface already implemented: [^\n]+)/,
    /(?<detail>\bCircular definition: [^\n]+)/,
    /(?<detail>\bNew protected methods cannot be defined in non-virtual classes)/
  ],
  explanation:
    'A class and the interface or parent class it builds on disagree: an interface method is not implemented (often because the interface gained a method), an override does not match, or a member is less visible than the one it overrides.',
  remediation: [
    'Open the class named in the failure and add or fix the member it reports ({detail}); match the exact signature of the interface or parent.',
    'If the interface comes from a library in this repository, deploy the interface and all its implementations together.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_interfaces.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
