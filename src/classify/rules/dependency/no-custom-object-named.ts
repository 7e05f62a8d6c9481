import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'no-custom-object-named',
  category: 'dependency',
  title: 'Object {object} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/\bno CustomObject name[ds] (?<object>\w+) found/],
  explanation:
    'The component grants access to, or lays out, the object {object}, which the target org does not have. Custom objects must be deployed before the profiles, permission sets and layouts that mention them; some standard objects (AccountContactRelation, Individual, Territory2 objects) exist only when their feature is on.',
  remediation: [
    'If {object} is a custom object, deploy it first or include it in this deployment: `sf project deploy start --metadata CustomObject:{object}`.',
    'If it is a standard object, enable the feature that provides it in the target org (Setup, or the scratch org definition file), then deploy again.',
    'If the object is gone on purpose, remove its objectPermissions and other references from the source.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_permissionset.htm'
  ],
  retryable: false
})
