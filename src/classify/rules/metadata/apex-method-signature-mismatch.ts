import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-method-signature-mismatch',
  category: 'metadata',
  title: 'No Apex method or constructor matches the call: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<detail>\bMethod does not exist or incorrect signature: (?:(?<returnType>[\w.<>,[\]]+) )?(?<method>\w+)\((?<args>[^)\n]*)\) from the type (?<type>[\w.<>,]+))/,
    /(?<detail>\bMethod does not exist or incorrect signature: [^\n]+)/,
    /(?<detail>\bConstructor not defined: \[(?<type>[\w.]+)\]\.<Constructor>\((?<args>[^)\n]*)\))/,
    /(?<detail>\bConstructor not defined: [^\n]+)/,
    /(?<detail>\bNo (?:default )?constructor (?:defined|available in super type): (?<type>[^\s]+))/,
    /(?<detail>\bAmbiguous method signature: [^\n]+)/,
    /(?<detail>\bInvalid number of parameters exceeds: [^\n]+)/
  ],
  explanation:
    'A call passes arguments that match no method or constructor of the type: the callee was renamed or changed its parameters, the argument types differ, or the type in the target org (a managed package or platform class at another API version) does not have that signature.',
  remediation: [
    'Compare the call with the declaration of the method in the type named in the failure ({detail}) and update the caller or the callee so they agree.',
    'If the callee is in this repository, deploy caller and callee together: `sf project deploy start --metadata ApexClass:<caller> --metadata ApexClass:<callee>`.',
    'If the callee is a managed package or platform class, check the installed package version and the class API version.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
