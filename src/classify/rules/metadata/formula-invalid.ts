import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'formula-invalid',
  category: 'metadata',
  title: 'Formula does not compile: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bSyntax error\.(?: [^\n]+)?)/,
    /(?<detail>Incorrect number of parameters for function '(?<function>[^'\n]+)'\. Expected [^\n]+)/,
    /(?<detail>Incorrect parameter type for function '(?<function>[^'\n]+)'\. Expected [^\n]+)/,
    /(?<detail>Formula result is data type \([^)\n]+\), incompatible with expected data type \([^)\n]+\)\.?)/,
    /(?<detail>Unknown function (?<function>\w+)\. Check spelling\.?)/,
    /(?<detail>Field (?<field>[\w.]+) is a picklist field\. Picklist fields are only supported in certain functions\.?[^\n]*)/,
    /(?<detail>(?:Function|Field) (?<function>[\w.]+) may not be used in this type of formula)/,
    /(?<detail>Invalid custom summary formula definition: [^\n]+)/,
    /(?<detail>The formula expression is invalid: (?![^\n]*(?:does not exist|too big|maximum|exceeds|limit))[^\n]+)/
  ],
  explanation:
    'A formula (formula field, validation rule, workflow/flow formula, report summary formula) is not valid: wrong syntax, wrong number or type of arguments to a function, or a result type that does not match the field.',
  remediation: [
    'Open the formula in the component named by the failure and fix it ({detail}).',
    'Paste the formula into the Setup formula editor and use "Check Syntax" to find the exact position.',
    'Redeploy the component once the formula compiles.'
  ],
  docs: [
    'https://help.salesforce.com/s/articleView?id=sf.customize_functions.htm&type=5',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
