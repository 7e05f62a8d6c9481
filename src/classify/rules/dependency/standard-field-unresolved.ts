import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'standard-field-unresolved',
  category: 'dependency',
  title: 'A standard object or field in the source does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /Could not resolve standard field's name/,
    // A standard object the org does not have (VoiceCall without Service Cloud Voice): Salesforce takes its
    // name for a custom object's and asks for the suffix.
    /\bInvalid fullName, must end in a custom suffix\b/
  ],
  explanation:
    'The deployment contains a standard field (e.g. Contact.CleanStatus) or a standard object (e.g. VoiceCall) that the target org does not have, because the edition or feature that adds it (Data.com Clean, Person Accounts, Territory Management, Service Cloud Voice, ...) is not enabled. For an object, Salesforce takes the name for a custom one and asks for the `__c` suffix.',
  remediation: [
    'Find the standard field in the failing object (the line in the message points to it), or, for "must end in a custom suffix", the standard object the failing component is (the message does not name it), and enable its feature in the target org.',
    "Or remove that field's or object's files (and references to them) from the deployment, e.g. via `.forceignore`."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file_config_values.htm'
  ],
  retryable: false
})
