import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'api-resource-not-found',
  category: 'unknown',
  title: "The org's API has no resource at the address the CLI called",
  surfaces: ['cli', 'log'],
  patterns: [/\bThe requested resource does not exist\b/],
  explanation:
    'Salesforce answered `NOT_FOUND` (HTTP 404) to a REST call the command made: the endpoint does not exist for this org or this API version. The usual reasons are an API version newer than the org, a feature the command needs that the org does not have (Dev Hub for scratch orgs, Digital Experiences for communities), or an instance URL pointing at the wrong org. The message itself does not say which.',
  remediation: [
    'Run the command again with `--json` or `SF_LOG_LEVEL=debug` to see which URL answered 404.',
    "Check that the org has the feature the command needs, and that the project's `sourceApiVersion` (or `--api-version`) is not newer than the org's release.",
    'Check the target org and its instance URL: `sf org display --target-org <org>`.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm'],
  retryable: false
})
