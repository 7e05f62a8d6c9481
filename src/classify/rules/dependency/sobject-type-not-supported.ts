import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'sobject-type-not-supported',
  category: 'dependency',
  title: 'Object {object} is not available in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /sObject type '(?<object>[^'\n]+)' is not supported/,
    // plugin-data's check of the object a data command names (messages/messages.md, invalidSobject).
    /\bThe supplied SObject type "(?<object>[^"\n]+)" is invalid\b/
  ],
  explanation:
    'Apex or SOQL names the object {object}, which the target org does not have or does not expose: a custom object that was not deployed, a standard object whose feature is off (Work.com, Territory Management, Industries clouds), or an object the running user cannot access.',
  remediation: [
    'If {object} is a custom object, deploy it first: `sf project deploy start --metadata CustomObject:{object}`.',
    'If it is a standard object, enable the feature or licence that provides it in the target org.',
    'If it belongs to a managed package, install the package and use the namespace prefix; when it fails only inside a test, check the running user can see the object.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_list.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm'
  ],
  retryable: false
})
