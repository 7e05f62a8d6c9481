import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'standard-field-unresolved',
  category: 'dependency',
  title: 'A standard field in the source does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Could not resolve standard field's name/],
  explanation:
    'The deployment contains a standard field (e.g. Contact.CleanStatus) that the target org does not have, because the edition or feature that adds it (Data.com Clean, Person Accounts, Territory Management, ...) is not enabled.',
  remediation: [
    'Find the standard field in the failing object (the line in the message points to it) and enable its feature in the target org.',
    "Or remove that field's file (and references to it) from the deployment, e.g. via `.forceignore`."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file_config_values.htm'
  ],
  retryable: false
})
