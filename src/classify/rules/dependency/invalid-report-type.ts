import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'invalid-report-type',
  category: 'dependency',
  title: 'The report uses a report type the target org does not have',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/\binvalid report type\b/i],
  explanation:
    'The report is built on a custom report type that is not in the target org or this deployment, or on a standard report type whose objects or feature (Campaigns, Territories, Person Accounts) are not available there.',
  remediation: [
    'Deploy the custom report type first: `sf project deploy start --metadata ReportType:<ReportTypeName>` (the `<reportType>` element of the report names it).',
    'For a standard report type, enable the feature that provides its objects in the target org, or leave the report out of the deployment.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_reporttype.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_report.htm'
  ],
  retryable: false
})
