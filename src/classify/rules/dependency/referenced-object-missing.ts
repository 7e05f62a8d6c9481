import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'referenced-object-missing',
  category: 'dependency',
  title: 'Object {object} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /referenceTo value of '(?<object>[^'\n]+)' does not resolve to a valid sObject type/,
    /The Entity '(?<object>[^'\n]+)' is not found/,
    /Invalid object or access for (?<object>\w+) on field \[TableEnumOrId\]/
  ],
  explanation:
    'A lookup or master-detail field (or a packaged component) points at {object}, which the target org does not have: a custom object not deployed yet, or a standard object whose feature (Individual, consent objects, Industries objects) is off.',
  remediation: [
    'If {object} is custom, deploy it before the field that points at it: `sf project deploy start --metadata CustomObject:{object}`.',
    'If it is a standard object, enable its feature in the target org (Setup, or the scratch org definition file), then deploy again.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm'
  ],
  retryable: false
})
