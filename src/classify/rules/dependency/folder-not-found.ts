import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'folder-not-found',
  category: 'dependency',
  title: 'Folder {folder} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Cannot find folder: ?(?<folder>[^\n(]+)/],
  explanation:
    'Reports, dashboards, email templates and documents live in folders, and the folder {folder} is neither in the target org nor in this deployment. Private folders such as "My Reports" cannot be deployed at all.',
  remediation: [
    'Deploy the folder with (or before) its contents, e.g. `sf project deploy start --metadata ReportFolder:{folder}` (or DashboardFolder, EmailFolder, DocumentFolder).',
    'Move anything kept in a personal folder (My Reports, My Personal Email Templates) into a shared folder before retrieving it.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_folder.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_report.htm'
  ],
  retryable: false
})
