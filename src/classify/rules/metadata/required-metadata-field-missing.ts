import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'required-metadata-field-missing',
  category: 'metadata',
  title: 'Metadata file lacks a required element: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bRequired field is missing: (?<field>\w+))/,
    /(?<detail>\bMust specify a non-empty (?:plural )?label for the (?<type>\w+))/
  ],
  explanation:
    'A metadata file was deployed without an element its type requires: a flow scheduled path without a name, an object without its label, an empty retrieved file, or child components (fields) sent without their parent object file.',
  remediation: [
    'Add the missing element the failure names ({detail}) to the file, or retrieve the component again from a working org.',
    "When deploying fields of a new object, include the object's .object-meta.xml too: `sf project deploy start --metadata CustomObject:<Object>`."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm'
  ],
  retryable: false
})
