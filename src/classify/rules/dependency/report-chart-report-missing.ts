import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'report-chart-report-missing',
  category: 'dependency',
  title: 'A report chart points at a report the target org does not have',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/report chart has a problem with the "reportName" field/],
  explanation:
    'A page layout or Lightning page embeds a report chart whose `reportName` names a report that is neither in the target org nor in this deployment.',
  remediation: [
    'Deploy the report (and its folder) first: `sf project deploy start --metadata Report:<Folder>/<Report>`.',
    'Or remove the report chart from the layout or page.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_report.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_layout.htm'
  ],
  retryable: false
})
