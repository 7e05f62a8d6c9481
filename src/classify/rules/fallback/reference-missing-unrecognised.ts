import { defineRule } from '../../define-rule.js'
import { MISSING_WORDING } from '../missing-wording.js'

export default defineRule({
  id: 'reference-missing-unrecognised',
  category: 'dependency',
  title: 'Something this component refers to is missing from the target org',
  // A CLI error saying something is missing names a file or module of the runner, or the org itself, as
  // often as anything of the org's: the three CLI fallbacks named in missing-wording.ts tell them apart.
  surfaces: ['component'],
  patterns: [
    // A component that "is not available" or that a user "does not have access to" is, in a deploy, one
    // the org lacks or hides from the deploying user: the same fix.
    new RegExp(
      String.raw`\b(?:${MISSING_WORDING}|isn[’']t available|is not available|doesn[’']t have access to|does not have access to)\b`,
      'i'
    ),
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
