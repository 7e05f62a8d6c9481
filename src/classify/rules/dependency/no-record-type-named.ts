import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'no-record-type-named',
  category: 'dependency',
  title: 'Record type {object}.{recordType} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/\bno RecordType name[ds] (?<object>\w+)\.(?<recordType>[\w%]+) found/],
  explanation:
    'A profile, permission set or layout assignment refers to the record type {recordType} on {object}, which is neither in the target org nor in this deployment (or its namespace prefix was not resolved).',
  remediation: [
    'Deploy the record type first or include it in this deployment: `sf project deploy start --metadata RecordType:{object}.{recordType}`.',
    'If the name contains a namespace token such as `%%%NAMESPACE%%%`, make sure the tool that deploys it replaces the token for this org.',
    'If the record type was removed on purpose, delete its recordTypeVisibilities and layoutAssignments from the source.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_recordtype.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_profile.htm'
  ],
  retryable: false
})
