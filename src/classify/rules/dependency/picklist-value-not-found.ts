import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'picklist-value-not-found',
  category: 'dependency',
  title: 'Picklist value "{value}" does not exist on {picklist|the controlling field} in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /Picklist value: ?(?<value>[^\n]+?) in picklist:\s*(?<picklist>[\w.]+) not found/,
    /Control field value '(?<value>[^'\n]+)' not found/,
    // A component naming a value the org's restricted picklist lacks; a test's DmlException quotes the
    // same words after its status code, and stays a test failure.
    /(?:^|\) )(?<picklist>[A-Z][\w ]{1,60}?): bad value for restricted picklist field: (?<value>[^\s\n]+)/
  ],
  explanation:
    'A record type, a business process or a dependent picklist uses the value "{value}" of {picklist|the controlling field of a dependent picklist}, but the picklist (or its standard or global value set) in the target org has no such value.',
  remediation: [
    'Add the value to the picklist in the target org or deploy the picklist first (a standard picklist lives in a StandardValueSet, e.g. `sf project deploy start --metadata StandardValueSet:{picklist}`; a custom one in its CustomField or GlobalValueSet).',
    "Or remove the value from the record type's `picklistValues` in the source."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/standardvalueset.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_recordtype.htm'
  ],
  retryable: false
})
