import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'cli-response-too-large',
  category: 'limits',
  title: 'A response was too large for Node.js to hold as one string',
  surfaces: ['cli', 'log'],
  patterns: [
    /\bCannot create a string longer than 0x[\da-f]+ characters\b/i,
    /\bcode: '(?<code>ERR_STRING_TOO_LONG)'/
  ],
  explanation:
    'Node.js limits a single string to about 512 MB, whatever the memory available. The CLI (or a plugin) read a whole response into one string: a bulk query result, a retrieve or a log too large for it. More heap does not help.',
  remediation: [
    'Split the operation: retrieve or query in smaller parts (several manifests or `--source-dir` runs, a narrower SOQL filter).',
    'For data, use the Bulk API commands that write results to files in batches (`sf data export bulk`).'
  ],
  docs: ['https://nodejs.org/api/buffer.html#bufferconstantsmax_string_length'],
  retryable: false
})
