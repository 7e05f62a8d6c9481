import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'reference-missing-unrecognised',
  category: 'dependency',
  title: 'Something this component refers to is missing from the target org',
  surfaces: ['component', 'cli'],
  patterns: [
    /\b(?:not found|does not exist|doesn't exist|do not exist|no such(?! (?:file|process|device|host)\b)|cannot find(?! the (?:path|file) specified)|can't find|couldn't find|could not find|unable to find|could not resolve|cannot be resolved|can't be resolved|cannot be found|can't be found|could not be found|isn't available|is not available|doesn't have access to|does not have access to|invalid reference)\b/i,
    /\bno [\w ]{1,40}? found\b/i,
    /\bmust create the [\w ]{1,40}? first\b/i
  ],
  explanation:
    'The catalog has no specific rule for this message, but Salesforce says a referenced component, field, value or feature cannot be found. That is almost always something deployed elsewhere first, or a feature enabled in the source org and not in the target.',
  remediation: [
    'Find the name in the message and check that it exists in the target org (Setup, or `sf org list metadata --metadata-type <Type> --target-org <org>`).',
    'Deploy it first, include it in this deployment, or enable the feature that provides it.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false
})
