import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'multi-currency-disabled',
  category: 'dependency',
  title: 'CurrencyIsoCode does not exist: multiple currencies are not enabled in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /\bno CustomField name[ds] (?<object>\w+)\.CurrencyIsoCode found/,
    /No such column '[Cc]urrency[Ii]so[Cc]ode' on entity '(?<object>\w+)'/,
    /Invalid field [Cc]urrency[Ii]so[Cc]ode for (?:SObject )?(?<object>\w+)/,
    /Variable does not exist:\s*(?:\w+\.)?CurrencyIsoCode\b/
  ],
  explanation:
    'Every object gets a CurrencyIsoCode field only once multiple currencies are turned on. The source was built in a multi-currency org, and the target org (often a new scratch org or a fresh sandbox) is single-currency.',
  remediation: [
    'If the target org should be multi-currency, turn it on before deploying: Setup > Company Information > Currencies, or `<enableMultiCurrency>true</enableMultiCurrency>` in Currency.settings; for a scratch org add `"MultiCurrency"` to `features` in the definition file and recreate it.',
    'Turning multi-currency on cannot be undone; if the org should stay single-currency, remove the CurrencyIsoCode references (layout items, list view columns, field permissions, SOQL and Apex) from the source instead.',
    'Deploy again once the org and the source agree.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_currencysettings.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file_config_values.htm'
  ],
  retryable: false
})
