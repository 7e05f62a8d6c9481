import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'variable-does-not-exist',
  category: 'dependency',
  title: 'Apex refers to {name}, which does not exist in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    // The compiler's message; a QueryException saying it at run time is a dynamic SOQL bind the code got wrong.
    // A bare lowerCamelCase name is a local variable of the code itself: apex-undeclared-variable names it.
    /(?<!QueryException: )Variable does not exist:\s*(?<name>[A-Z_][\w.]*|[a-z][a-zA-Z0-9]*(?:_\w*|\.\w[\w.]*))/
  ],
  explanation:
    'The Apex compiler could not resolve {name}. Usually it is a field, object, class or static member the code expects to find in the org (not deployed yet, renamed, or owned by a feature that is off).',
  remediation: [
    'If {name} is a custom field or object, deploy it first or add it to this deployment (`sf project deploy start --metadata CustomField:<Object>.{name}` or `CustomObject:{name}`).',
    'If it is an Apex class, or a constant on one, include that class in the deployment: `sf project deploy start --metadata ApexClass:<Class>`.',
    'If it is a standard field or object (MiddleName, Quantity, a Territory2 field), enable the feature or setting that provides it in the target org.',
    'If it is a local variable, declare it or fix the spelling; a syntax error or an `Invalid type` earlier in the same file can also produce this.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
