import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'cli-error-unrecognised',
  category: 'unknown',
  title: 'The Salesforce CLI stopped with an error the catalog does not recognise',
  surfaces: ['cli'],
  patterns: [/^/],
  explanation:
    'The command failed before Salesforce reported component or test results. The message below is all the CLI said.',
  remediation: [
    'Read the message and the command that printed it.',
    'Run the same command locally with `--json` and `SF_LOG_LEVEL=debug` to see the full error.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: false,
  catchAll: true
})
