import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'deploy-size-limit',
  category: 'limits',
  title: 'The deployment is larger than the Metadata API accepts ({limit})',
  surfaces: ['cli', 'log', 'component'],
  patterns: [
    /(?<limit>Too many files in zip)/,
    /(?<limit>Maximum size of request reached)\. Maximum size of request is (?<count>\d+) bytes/,
    /(?<limit>Too many files in retrieve call), limit is: (?<count>\d+)/,
    /\bOPERATION_TOO_LARGE: (?<limit>[^\n]{1,200})/,
    /\b(?<limit>ERROR_HTTP_413)\b/,
    // A bare 413 in a log may be any upload (an artifact); only the CLI's own `Error: …` line (alone,
    // or after sfdx's `ERROR running <command>:`) is the deploy's.
    /(?:^|\n|\bERROR running [\w:-]{1,60}:\s{1,3})Error(?: \(\w{1,40}\))?: (?<limit>Request Entity Too Large)\b/
  ],
  explanation:
    'A single Metadata API deploy may contain at most 10,000 files and about 39 MB compressed (400 MB uncompressed). Deploying a whole large project, big static resources or many reports at once exceeds it.',
  remediation: [
    'Split the deployment: deploy by folder or metadata type (`sf project deploy start --source-dir <part>` or `--metadata <Type>`) in several runs.',
    'Deploy only what changed (a manifest of the delta) instead of the whole project.',
    'Move large static resources or files out of the deploy or shrink them.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_metadata.htm'
  ],
  retryable: false
})
