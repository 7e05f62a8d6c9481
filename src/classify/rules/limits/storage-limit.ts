import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'storage-limit',
  category: 'limits',
  title: "The org's {code} has been reached",
  surfaces: ['test', 'component', 'cli', 'log'],
  patterns: [/(?<code>(?:FILE_)?STORAGE_LIMIT_EXCEEDED)/],
  explanation:
    'The org has used all of its data or file storage, so Salesforce refuses to save new records, including the test data Apex tests insert. Sandboxes and scratch orgs have small allowances and fill up quickly.',
  remediation: [
    'Check usage in Setup > Storage Usage (or `sf org list limits --target-org <org>`, DataStorageMB / FileStorageMB).',
    'Delete or archive unneeded records and files, and empty the Recycle Bin.',
    'For a scratch org or sandbox, recreate or refresh it; for production, buy more storage.'
  ],
  docs: ['https://help.salesforce.com/s/articleView?id=sf.overview_storage.htm&type=5'],
  retryable: false
})
